"""Sites, rooms, transfers, arrivals, capacity and door sensors on both databases: the room list
imported from .xlsx and GB18030 CSV (all rows or none), the site's life and the fangcang countdown,
closed-loop batches consuming tracing's quarantine requests and support's urgent transfers, the
allocation confirmed (cases apart), checkpoint arrivals under each policy, the capacity board and its
forecast alert, door-sensor events as the grid worker's tasks."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import flows
from fangkong.isolation import service as isolation
from fangkong.isolation.models import QuarantineRequest, QuarantineStay, Room, TransferRequest
from fangkong.registry.models import Person

COMMANDER = system_actor("tests")
STAFF = Actor(account_id=None, username="hotel1", role="quarantine_staff")
EPIDEMIOLOGIST = Actor(account_id=None, username="epi1", role="epidemiologist")
_NUMBERS = itertools.count(1)
T0 = datetime(2022, 11, 25, 9, 0)


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    session = Session(get_engine(city_url))
    clock.set_clock(T0)
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def _site(db: Session, kind: str = "hotel", state: str = "requisitioned", rooms: int = 0, beds: int = 1) -> int:
    site = isolation.create_site(db, COMMANDER, name=f"场所{next(_NUMBERS)}", kind=kind, state=state)
    for number in range(rooms):
        isolation.add_room(db, STAFF, site.id, number=str(101 + number), floor=1, beds=beds)
    return site.id


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_room_list_import_all_or_nothing(db: Session) -> None:
    site = _site(db)
    bad = _xlsx([["房间号", "楼层", "床位数", "无障碍", "家庭房"], ["801", "8层", 2, "否", "是"],
                 ["802", 8, 5, "是", ""], ["801", 8, 1, "", ""], ["803", "八", 1, "也许", ""]])
    report = isolation.import_rooms(db, STAFF, site, content=bad, filename="rooms.xlsx")
    assert report.created == 0 and report.rows == 4
    assert [(row, column) for row, column, *_ in report.errors] == [(3, "床位数"), (4, "房间号"), (5, "楼层"),
                                                                    (5, "无障碍")]
    assert db.scalar(select(func.count()).select_from(Room).where(Room.site_id == site)) == 0
    good = _xlsx([["某某酒店房间表"], ["房号", "楼层", "床位", "无障碍", "家庭房"], ["801", "8层", 2, "否", "是"],
                  [802, 8, 1, "是", ""], [None, None, None, None, None], ["901", "9", "3", "", "√"]])
    report = isolation.import_rooms(db, STAFF, site, content=good, filename="rooms.xlsx")
    assert (report.created, report.errors) == (3, [])
    rooms = {r.number: r for r in isolation.rooms_of(db, STAFF, site)}
    assert (rooms["801"].floor, rooms["801"].beds, rooms["801"].family, rooms["802"].accessible) == (8, 2, True, True)
    csv = "房间号,楼层,床位数\r\n1001,10,1\r\n1002,10,2\r\n".encode("gb18030")
    assert isolation.import_rooms(db, STAFF, site, content=csv, filename="rooms.csv").created == 2
    again = isolation.import_rooms(db, STAFF, site, content=csv, filename="rooms.csv")
    assert again.created == 0 and len(again.errors) == 2  # a re-import does not double the rooms
    bom = "\ufeff房间号,楼层\n1101,11\n".encode()
    assert isolation.import_rooms(db, STAFF, site, content=bom, filename="r.csv").created == 1


def test_site_life_and_fangcang_countdown(db: Session) -> None:
    site = _site(db, kind="fangcang", state="reserve")
    with pytest.raises(InvalidInput):
        isolation.move_site(db, COMMANDER, site, to_state="in_use")
    row = isolation.move_site(db, COMMANDER, site, to_state="requisitioned", note="指挥部令")
    clock.set_clock(T0 + timedelta(hours=20))
    ready = isolation.readiness(row, clock.now())
    assert ready.seconds_left == 4 * 3600 and ready.done == 0
    isolation.mark_ready(db, COMMANDER, site, item="beds")
    isolation.mark_ready(db, COMMANDER, site, item="power_water")
    assert isolation.readiness(row, clock.now()).done == 2
    isolation.add_room(db, STAFF, site, number="A01", floor=1)
    person = db.scalar(select(Person.id).order_by(Person.id).offset(500).limit(1))
    flows.place(db, STAFF, person_id=person, group="case", start_at=clock.now(), site_id=site,
                room_id=isolation.rooms_of(db, STAFF, site)[0].id)
    assert row.state == "in_use" and isolation.readiness(row, clock.now()).met is True
    isolation.move_site(db, COMMANDER, site, to_state="vacating")
    with pytest.raises(InvalidInput) as refused:
        isolation.move_site(db, COMMANDER, site, to_state="returned")
    assert "1 间房" in refused.value.zh
    assert [e.to_state for e in isolation.site_events(db, STAFF, site)] == ["reserve", "requisitioned", "vacating"]
    with pytest.raises(PermissionDenied):  # quarantine staff do not requisition
        isolation.move_site(db, STAFF, site, to_state="in_use")


def test_batch_from_tracing_requests_closed_loop_and_allocation(db: Session) -> None:
    site, elsewhere = _site(db, rooms=4, beds=2), _site(db, rooms=1)
    persons = list(db.scalars(select(Person.id).order_by(Person.id).offset(600).limit(3)))
    requests = [isolation.request_quarantine(db, EPIDEMIOLOGIST, person_id=p, reason="close_contact", case_id=7,
                                             exposure_at=T0 - timedelta(days=1)) for p in persons]
    batch = isolation.create_batch(db, STAFF, site_id=site, origin_kind="home", origin_text="小区门口",
                                   quarantine_request_ids=[r.id for r in requests], vehicle="晋A1")
    isolation.advance_batch(db, STAFF, batch.id, step="dispatched")
    with pytest.raises(InvalidInput):
        isolation.confirm_allocation(db, STAFF, batch_id=batch.id, assignments={})
    isolation.advance_batch(db, STAFF, batch.id, step="picked_up")
    with pytest.raises(InvalidInput) as refused:
        isolation.advance_batch(db, STAFF, batch.id, step="arrived", at_site_id=elsewhere)
    assert "closed loop" in refused.value.en.lower()
    isolation.advance_batch(db, STAFF, batch.id, step="arrived", at_site_id=site)
    proposal = isolation.propose_rooms(db, STAFF, person_ids=persons, site_ids=[site])
    assert set(proposal.plan.placed) | set(proposal.plan.unplaced) == set(persons)
    stays = flows.confirm_allocation(db, STAFF, batch_id=batch.id, assignments=proposal.plan.placed)
    assert len(stays) == len(proposal.plan.placed)
    for stay in stays:
        request = db.scalar(select(QuarantineRequest).where(QuarantineRequest.stay_id == stay.id))
        assert request is not None and request.state == "placed"
        assert stay.day_zero == (T0 - timedelta(days=1)).date()  # counted from the exposure
        assert codes.current_code(db, COMMANDER, stay.person_id).colour == "red"


def test_cases_never_share_with_non_cases_and_support_emergency_goes_to_hospital(db: Session) -> None:
    hospital = _site(db, kind="hospital", rooms=2, beds=2)
    case_person, contact = db.scalars(select(Person.id).order_by(Person.id).offset(700).limit(2)).all()
    urgent = isolation.request_transfer(db, COMMANDER, person_id=case_person, purpose="hospital",
                                        origin_kind="home", urgent=True, source_ref="help_request:12")
    batch = isolation.create_batch(db, STAFF, site_id=hospital, origin_kind="home", person_ids=[contact],
                                   transfer_request_ids=[urgent.id])
    assert batch.urgent and db.get(TransferRequest, urgent.id).state == "dispatched"
    assert isolation.list_batches(db, STAFF)[0].id == batch.id  # urgent batches first
    isolation.advance_batch(db, STAFF, batch.id, step="dispatched")
    isolation.advance_batch(db, STAFF, batch.id, step="arrived", at_site_id=hospital)
    assert db.get(TransferRequest, urgent.id).state == "done"
    room = isolation.rooms_of(db, STAFF, hospital)[0].id
    with pytest.raises(InvalidInput) as refused:
        isolation.confirm_allocation(db, STAFF, batch_id=batch.id, assignments={case_person: room, contact: room})
    assert "病例" in refused.value.zh
    with pytest.raises(InvalidInput):  # the closed loop: a stranger cannot be checked in from this batch
        isolation.confirm_allocation(db, STAFF, batch_id=batch.id, assignments={contact + 1: room})


@pytest.mark.parametrize(("moment", "level", "follow_up", "kind", "days"), [
    (datetime(2022, 8, 5, 10), "high", "arrival_high", None, 0),
    (datetime(2022, 8, 5, 10), "medium", "arrival_medium", "home_quarantine", 7),
    (datetime(2022, 8, 5, 10), "", "landing_test", None, 0),
    (datetime(2022, 11, 26, 10), "high", "arrival_high", "home_quarantine", 5),
])
def test_checkpoint_arrival_follows_the_policy(db: Session, moment: datetime, level: str, follow_up: str,
                                               kind: str | None, days: int) -> None:
    clock.set_clock(moment)
    person = db.scalar(select(Person.id).order_by(Person.id).offset(800).limit(1))
    arrival = flows.register_arrival(db, STAFF, person_id=person, checkpoint="阳曲高速口", origin_text="某市某区",
                                     origin_level=level)
    assert arrival.follow_up == follow_up
    stay = db.scalar(select(QuarantineStay).where(QuarantineStay.person_id == person,
                                                  QuarantineStay.state == "active"))
    if kind is None:
        assert stay is None
    else:
        assert (stay.kind, stay.planned_days) == (kind, days)
        assert codes.current_code(db, COMMANDER, person).colour == "red"
    if follow_up == "arrival_high" and kind is None:  # centralised: a request and a transfer from the checkpoint
        assert db.get(QuarantineRequest, arrival.request_id).reason == "arrival"
        assert db.scalar(select(TransferRequest.origin_kind).where(TransferRequest.person_id == person)) == "checkpoint"


def test_capacity_board_and_forecast_alert(db: Session) -> None:
    site = _site(db, rooms=3)
    reserve = _site(db, state="reserve", rooms=5)
    persons = list(db.scalars(select(Person.id).order_by(Person.id).offset(900).limit(40)))
    rooms = [r.id for r in isolation.rooms_of(db, STAFF, site)]
    for person, room in zip(persons[:2], rooms, strict=False):
        flows.place(db, STAFF, person_id=person, group="close_contact", start_at=T0 - timedelta(days=4),
                    site_id=site, room_id=room)
    board = isolation.board(db, STAFF, now=T0)
    row = next(s for s in board.sites if s.site_id == site)
    assert (row.rooms, row.free, row.occupied, row.guests, row.leaving_today) == (3, 1, 2, 2, 2)  # day 5 of 5
    assert board.reserve_rooms >= 5 and next(s for s in board.sites if s.site_id == reserve).state == "reserve"
    for index, person in enumerate(persons[2:]):  # 38 contacts of 2 cases this week
        isolation.request_quarantine(db, EPIDEMIOLOGIST, person_id=person, reason="close_contact",
                                     case_id=100 + index % 2)
    forecast = isolation.forecast(db, STAFF, now=T0)
    assert forecast.assumptions["contacts_per_case"] == 19.0 and forecast.assumptions["waiting_requests"] >= 38
    assert forecast.alert_day == (T0 + timedelta(days=1)).date()
    assert forecast.days[0].demand >= 38 and forecast.days[0].short


def test_door_sensor_event_becomes_grid_task(db: Session) -> None:
    person = db.get(Person, db.scalar(select(Person.id).order_by(Person.id).offset(1000).limit(1)))
    stay = flows.place(db, STAFF, person_id=person.id, group="close_contact", start_at=datetime(2022, 11, 25, 8),
                       site_id=_site(db, rooms=1), room_id=None)
    with pytest.raises(NotFound):
        isolation.door_event(db, STAFF, sensor="MC-1", event="opened")
    db.delete(stay)
    db.flush()
    home = flows.place(db, STAFF, person_id=person.id, group="arrival_high", start_at=T0, door_sensor="MC-1")
    assert home.kind == "home_quarantine"
    task = isolation.door_event(db, STAFF, sensor="MC-1", event="opened")
    grid_worker = Actor(account_id=None, username="grid9", role="grid_worker", jurisdiction_id=person.grid_id,
                        jurisdiction_level="grid")
    assert [t.id for t in isolation.open_tasks(db, grid_worker)] == [task.id]
    assert [i.stay.id for i in isolation.home_stays(db, grid_worker)] == [home.id]
    other = Actor(account_id=None, username="grid8", role="grid_worker", jurisdiction_id=-1, jurisdiction_level="grid")
    assert isolation.open_tasks(db, other) == [] and isolation.home_stays(db, other) == []
    with pytest.raises(PermissionDenied):  # another grid's worker may not handle it
        isolation.handle_task(db, other, task.id, note="不是我的网格")
    reader = Actor(account_id=None, username="d1", role="district_staff")  # reads isolation, city-wide
    with pytest.raises(PermissionDenied):  # a reader who is no worker of this home's grid
        isolation.handle_task(db, reader, task.id, note="区里")
    sampler = Actor(account_id=None, username="s9", role="sampler", jurisdiction_id=person.grid_id,
                    jurisdiction_level="grid")
    with pytest.raises(PermissionDenied):  # in the grid, but no isolation permission
        isolation.handle_task(db, sampler, task.id)
    assert task.handled_at is None
    isolation.handle_task(db, grid_worker, task.id, note="已上门,误触")
    assert task.handled_at == T0 and task.handled_by == "grid9"
    assert isolation.open_tasks(db, grid_worker) == []
