"""The isolation pages on the demo data, per role, through the web app: the quarantine staff's sites and
site page (rooms by floor, guests on their day), the room-list upload, the commander's capacity board
and forecast, the grid worker's homes with a door-sensor task posted through the API, the resident's
own page; in Chinese and English. Both databases."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime

import pytest
from fastapi import FastAPI
from openpyxl import Workbook
from sqlalchemy import select

from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.drill.isolation_demo import seed_isolation
from fangkong.isolation.models import QuarantineSite
from fangkong.web.app import create_app
from tests.helpers import csrf_of, login, page_shows

NOW = datetime(2022, 11, 28, 10, 0)


@pytest.fixture(scope="module")
def app(city_url: str) -> Iterator[FastAPI]:
    clock.set_clock(NOW)
    with transaction(city_url) as db:
        seed_isolation(db, now=NOW)
    yield create_app(city_url)
    clock.set_clock(None)


@pytest.fixture(autouse=True)
def _now() -> None:
    clock.set_clock(NOW)  # the shared fixture resets the clock after each test


def _hotel(city_url: str) -> QuarantineSite:
    with transaction(city_url) as db:
        site = db.scalar(select(QuarantineSite).where(QuarantineSite.state == "in_use"))
        db.expunge(site)
        return site


def test_quarantine_staff_site_page_and_room_upload(app: FastAPI, city_url: str) -> None:
    client = login(app, "quarantine")
    hotel = _hotel(city_url)
    page_shows(client.get("/isolation"), "隔离场所", hotel.name, "太原国际会展中心方舱医院", "储备")
    text = page_shows(client.get(f"/isolation/sites/{hotel.id}"), "今日工作", "第 1 / 5 天", "今日需检测",
                      "3 层", "6 层", "已入住 6", testids=["floor-3", "room-301", "today"])
    assert "启用准备清单" not in text  # a hotel has no fangcang checklist
    book = Workbook()
    book.active.append(["房间号", "楼层", "床位数"])
    book.active.append(["701", "7", "2"])
    data = io.BytesIO()
    book.save(data)
    token = csrf_of(client, f"/isolation/sites/{hotel.id}")
    response = client.post(f"/isolation/sites/{hotel.id}/rooms", data={"csrf_token": token},
                           files={"file": ("rooms.xlsx", data.getvalue())})
    page_shows(response, "已导入 1 间房", "7 层", testids=["room-701"])
    bad = "房间号,楼层,床位数\n702,7,9\n".encode("gb18030")
    response = client.post(f"/isolation/sites/{hotel.id}/rooms", data={"csrf_token": token},
                           files={"file": ("rooms.csv", bad)})
    page_shows(response, "1 处错误，未导入任何房间", "床位数", absent=['data-testid="room-702"'])


def test_fangcang_countdown_and_commander_capacity(app: FastAPI, city_url: str) -> None:
    client = login(app, "commander")
    with transaction(city_url) as db:
        fangcang = db.scalar(select(QuarantineSite.id).where(QuarantineSite.kind == "fangcang"))
    page_shows(client.get(f"/isolation/sites/{fangcang}"), "启用准备清单", "距 24 小时启用目标还剩 14h 0m", "床位",
               "医疗废物清运", testids=["countdown"])
    page_shows(client.get("/isolation"), "隔离资源与预测", "全市", "未来 7 天房间需求预测", "预测假设",
               "每例密接数", testids=["board", "forecast", "city-row"])
    client.get("/lang/en")
    page_shows(client.get("/isolation/capacity"), "Capacity and forecast", "Room demand, next 7 days")


def test_grid_worker_sees_homes_and_door_sensor_task(app: FastAPI) -> None:
    staff = login(app, "quarantine")
    token = csrf_of(staff, "/isolation/sites")
    answer = staff.post("/api/isolation/door-events", json={"sensor": "MC-0001", "event": "opened"},
                        headers={"X-CSRF-Token": token})
    assert answer.status_code == 200, answer.text
    assert answer.json()["kind"] == "door_opened"
    grid = login(app, "grid")
    page_shows(grid.get("/isolation"), "居家隔离名单", "居家隔离", "门磁：开门", testids=["homes", "tasks"])
    task = answer.json()["id"]
    response = grid.post(f"/isolation/tasks/{task}/handle", data={"csrf_token": csrf_of(grid, "/isolation/home"),
                                                                 "note": "已上门"})
    page_shows(response, "没有待处理事项")
    unknown = staff.post("/api/isolation/door-events", json={"sensor": "MC-9999", "event": "opened"},
                         headers={"X-CSRF-Token": token})
    assert unknown.status_code == 404


def test_resident_without_stay_and_other_roles_refused(app: FastAPI) -> None:
    resident = login(app, "resident")
    page_shows(resident.get("/isolation"), "当前没有隔离", testids=["no-stay"])
    assert resident.get("/isolation/capacity").status_code == 403
    assert login(app, "lab").get("/isolation/sites").status_code == 403


def test_person_page_shows_the_stay_with_its_day(app: FastAPI, city_url: str) -> None:
    from fangkong.isolation.models import QuarantineStay

    with transaction(city_url) as db:
        person = db.scalar(select(QuarantineStay.person_id).where(QuarantineStay.kind == "centralised")
                           .order_by(QuarantineStay.start_at.desc()).limit(1))
    commander = login(app, "commander")  # quarantine staff do not browse the registry (docs/security.md)
    page_shows(commander.get(f"/registry/persons/{person}"), testids=[])
    assert f'hx-get="/isolation/persons/{person}/stays"' in commander.get(f"/registry/persons/{person}").text
    client = login(app, "quarantine")
    direct = client.get(f"/isolation/persons/{person}/stays")  # opened directly: in the frame, with a way back
    page_shows(direct, "集中隔离", "第 1 / 5 天", testids=["person-stays", "back"])
    assert 'class="mainnav"' in direct.text
    fragment = client.get(f"/isolation/persons/{person}/stays", headers={"HX-Request": "true"})
    page_shows(fragment, "第 1 / 5 天", testids=["person-stays"], absent=['class="mainnav"'])


def test_staff_check_with_mood_escalates_and_partial_mood_is_refused(app: FastAPI, city_url: str) -> None:
    from fangkong.isolation.models import QuarantineStay

    with transaction(city_url) as db:
        stay = db.scalar(select(QuarantineStay.id).where(QuarantineStay.kind == "centralised",
                                                         QuarantineStay.state == "active").limit(1))
    client = login(app, "quarantine")
    token = csrf_of(client, f"/isolation/stays/{stay}")
    partial = client.post(f"/isolation/stays/{stay}/check", data={"csrf_token": token, "temperature": "36.4",
                                                                 "mood": ["3", "", "", ""]})
    page_shows(partial, "心理自评需回答全部4题")
    answered = client.post(f"/isolation/stays/{stay}/check", data={"csrf_token": token, "temperature": "36,4℃",
                                                                  "mood": ["3", "2", "2", "1"]})
    page_shows(answered, "已提交今日监测", "心理评估（转心理医生）", "PHQ-4 8")
    page_shows(client.post(f"/isolation/stays/{stay}/check", data={"csrf_token": token, "temperature": "hot"}),
               "体温无法识别")


def test_waiting_request_placed_at_home_or_refused_without_a_site(app: FastAPI, city_url: str) -> None:
    from fangkong.isolation import service as isolation
    from fangkong.isolation.models import QuarantineRequest
    from fangkong.registry.models import Person
    from tests.helpers import persona_in

    with transaction(city_url) as db:
        epidemiologist = persona_in(db, "epidemiologist")
        person = db.scalar(select(Person.id).order_by(Person.id.desc()).offset(3).limit(1))
        arrival = isolation.request_quarantine(db, epidemiologist, person_id=person, reason="arrival",
                                               note="高风险区来返")
        contact = db.scalar(select(QuarantineRequest.id).where(QuarantineRequest.reason == "close_contact",
                                                               QuarantineRequest.state == "waiting").limit(1))
        arrival_id = arrival.id
    client = login(app, "quarantine")
    page = client.get("/isolation/transfers")
    page_shows(page, "待隔离请求", "高风险区来返", testids=[f"home-{arrival_id}", f"home-{contact}"])
    token = csrf_of(client, "/isolation/transfers")
    refused = client.post(f"/isolation/requests/{contact}/home", data={"csrf_token": token})
    page_shows(refused, "集中隔离或救治须选择场所")
    placed = client.post(f"/isolation/requests/{arrival_id}/home", data={"csrf_token": token})
    page_shows(placed, "已按政策开始居家隔离", absent=["高风险区来返"])  # twenty measures: 5 days at home


def test_staff_cancel_a_batch_with_a_reason_and_its_requests_wait_again(app: FastAPI, city_url: str) -> None:
    from fangkong.core.models import AuditEntry
    from fangkong.isolation import service as isolation
    from fangkong.isolation.models import QuarantineRequest, TransferBatch, TransferRequest
    from fangkong.registry.models import Person
    from tests.helpers import persona_in

    site = _hotel(city_url)
    with transaction(city_url) as db:
        staff, epidemiologist = persona_in(db, "quarantine"), persona_in(db, "epidemiologist")
        first, second = db.scalars(select(Person.id).order_by(Person.id.desc()).offset(40).limit(2)).all()
        contact = isolation.request_quarantine(db, epidemiologist, person_id=first, reason="close_contact")
        transfer = isolation.request_transfer(db, epidemiologist, person_id=second, purpose="hospital",
                                              origin_kind="home", urgent=True, source_ref="test:cancel")
        batch = isolation.create_batch(db, staff, site_id=site.id, origin_kind="home", origin_text="小区门口",
                                       quarantine_request_ids=[contact.id], transfer_request_ids=[transfer.id])
        isolation.advance_batch(db, staff, batch.id, step="dispatched")
        ids = (batch.id, contact.id, transfer.id)
    batch_id, contact_id, transfer_id = ids
    client = login(app, "quarantine")
    page = client.get(f"/isolation/transfers/{batch_id}")
    page_shows(page, "取消批次", testids=["cancel-batch"])
    token = csrf_of(client, f"/isolation/transfers/{batch_id}")
    refused = client.post(f"/isolation/transfers/{batch_id}/cancel", data={"csrf_token": token, "reason": " "})
    page_shows(refused, "取消转运须说明原因")
    done = client.post(f"/isolation/transfers/{batch_id}/cancel", data={"csrf_token": token, "reason": "车辆故障"})
    page_shows(done, "批次已取消", "已取消", absent=['data-testid="cancel-batch"'])
    with transaction(city_url) as db:
        assert db.get(TransferBatch, batch_id).state == "cancelled"  # type: ignore[union-attr]
        assert db.get(TransferRequest, transfer_id).state == "waiting"  # type: ignore[union-attr]
        assert db.get(QuarantineRequest, contact_id).state == "waiting"  # type: ignore[union-attr]
        entry = db.scalar(select(AuditEntry).where(AuditEntry.subject_type == "transfer_batch",
                                                   AuditEntry.subject_id == str(batch_id))
                          .order_by(AuditEntry.id.desc()).limit(1))
        assert entry is not None and "车辆故障" in entry.detail and entry.username == "quarantine"
    again = client.post(f"/isolation/transfers/{batch_id}/cancel", data={"csrf_token": token, "reason": "再取消"})
    page_shows(again, "不能取消")
