"""Support pages end to end on a generated city, both databases, with the clock frozen: a resident of a
sealed building asks for medicine, the property company accepts and delivers, the resident confirms; a
medical emergency shows on the commander's page at once with the compound lacking an access plan; the
grid worker lists and checks a resident living alone; the hotline files for a caller; the gate rota swaps;
a group order is exported for its supplier."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import select

from fangkong.areas import flows as areas_flows
from fangkong.areas import service as areas
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry.models import Person, Place
from fangkong.support.models import HelpRequest
from fangkong.web.app import create_app
from tests.helpers import csrf_of, page_shows, persona_in
from tests.helpers import login as login_form

T0 = datetime(2022, 12, 5, 9, 0)


def seal_resident_building(url: str, number: str = "2022年第401号") -> None:
    """The demo resident's building made high-risk (sealed) from T0's midnight, through the publishing flow."""
    clock.set_clock(T0)
    with transaction(url) as db:
        commander = persona_in(db, "commander")
        resident = db.scalar(select(Account).where(Account.username == "resident"))
        person = db.get(Person, resident.person_id)
        compound, building = db.get(Place, person.compound_id), db.get(Place, person.building_id)
        notice = areas.draft_from_changes(db, commander, {
            "issuer": "太原市新冠肺炎疫情防控工作领导组办公室", "number": number, "published": "2022-12-05",
            "effective": "2022-12-05T00:00:00",
            "changes": [{"action": "add", "level_from": None, "level_to": "high", "district": "万柏林区",
                         "stated_count": 1, "places": [f"{compound.name}{building.name}"]}]})
        areas_flows.publish_notice(db, commander, notice.id)


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    seal_resident_building(city_url)
    return create_app(city_url)


@pytest.fixture(autouse=True)
def _frozen() -> None:
    clock.set_clock(T0)


def login(app: FastAPI, username: str) -> tuple[TestClient, str]:
    """Logged in through the form; lands on the role's own support page; returns the client and its token."""
    client = login_form(app, username)
    return client, csrf_of(client, "/support")


def _request_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-request-id="(\d+)"', html)]


def test_medicine_asked_accepted_delivered_confirmed_then_an_emergency_reaches_the_commander(
        app: FastAPI, city_url: str) -> None:
    resident, rcsrf = login(app, "resident")
    page = resident.post("/support/me/request", data={"kind": "medicine", "text": "降压药两盒", "csrf_token": rcsrf},
                         follow_redirects=True)
    page_shows(page, "求助已提交", "降压药两盒", "封控中", testids=("timer", "request"))
    with transaction(city_url) as db:
        request = db.scalar(select(HelpRequest).order_by(HelpRequest.id.desc()).limit(1))
        rid, sealed = request.id, request.sealed
    assert sealed and f'data-request-id="{rid}"' in page.text and "封控中" in page.text
    assert 'data-due="2022-12-05T09:30:00"' in page.text  # the live timer counts to the acknowledgement target
    volunteer, vcsrf = login(app, "property")
    tasks = volunteer.get("/support/tasks")
    assert rid in _request_ids(tasks.text) and "降压药两盒" in tasks.text and "室" in tasks.text
    refused = volunteer.post(f"/support/requests/{rid}/deliver", data={"note": "", "csrf_token": vcsrf})
    assert refused.status_code == 422  # not accepted yet, and no note
    volunteer.post(f"/support/requests/{rid}/accept", data={"csrf_token": vcsrf})
    clock.set_clock(T0 + timedelta(minutes=50))
    done = volunteer.post(f"/support/requests/{rid}/deliver", data={"note": "药已挂门把手,已电话告知",
                                                                      "csrf_token": vcsrf})
    assert "已送达" in done.text
    mine = resident.get("/support/me")
    assert 'data-testid="confirm"' in mine.text and "药已挂门把手" in mine.text
    confirmed = resident.post(f"/support/requests/{rid}/confirm", data={"csrf_token": rcsrf})
    assert "已确认收到" in confirmed.text and 'data-state="confirmed"' in confirmed.text
    emergency = resident.post("/support/me/request", data={"kind": "medical_emergency", "text": "父亲胸痛",
                                                           "csrf_token": rcsrf})
    assert "已上报区级值班" in emergency.text
    commander, _ccsrf = login(app, "commander")
    overview = commander.get("/support/overview")
    section = overview.text.split('data-testid="emergencies"')[1].split("</section>")[0]
    assert "父亲胸痛" in section and "已升级至区" in section
    unplanned = overview.text.split('data-testid="unplanned"')[1].split("</section>")[0]
    assert "电子二所家属楼" in unplanned
    assert resident.get("/support/overview").status_code == 403
    forged = resident.post("/support/me/request", data={"kind": "meals"})  # no CSRF token: refused
    assert forged.status_code == 403

def test_grid_worker_lists_checks_and_asks_on_behalf(app: FastAPI, city_url: str) -> None:
    with transaction(city_url) as db:
        resident = db.scalar(select(Account).where(Account.username == "resident"))
        number = db.get(Person, resident.person_id).id_number
    grid, csrf = login(app, "grid")
    saved = grid.post("/support/grid/category", data={"person": number, "category": "living_alone", "note": "",
                                                      "next_session": "", "csrf_token": csrf})
    assert "已登记" in saved.text
    listed = grid.get("/support/grid?category=living_alone")
    assert listed.text.count('data-testid="vulnerable-person"') == 1 and "今日未探访" in listed.text
    bad = grid.post("/support/grid/check", data={"person_id": resident.person_id, "method": "knock",
                                                 "outcome": "no_answer", "note": "", "csrf_token": csrf})
    assert bad.status_code == 422  # no answer needs a note of what was done
    checked = grid.post("/support/grid/check", data={"person_id": resident.person_id, "method": "knock",
                                                     "outcome": "well", "csrf_token": csrf})
    assert "已记录探访" in checked.text and "平安" in checked.text
    filed = grid.post("/support/file", data={"person": str(resident.person_id), "kind": "garbage",
                                             "csrf_token": csrf})
    assert "求助已提交" in filed.text
    hotline, hcsrf = login(app, "hotline")
    found = hotline.post("/support/hotline", data={"id_number": number, "csrf_token": hcsrf})
    assert 'data-testid="caller"' in found.text and number not in found.text  # masked
    person_id = re.search(r'name="person" value="(\d+)"', found.text).group(1)  # type: ignore[union-attr]
    filed = hotline.post("/support/file", data={"person": person_id, "kind": "food", "text": "米面油",
                                                "csrf_token": hcsrf})
    assert "求助已提交" in filed.text and "米面油" in filed.text


def test_gate_rota_swap_and_a_group_order_exported(app: FastAPI, city_url: str) -> None:
    volunteer, csrf = login(app, "property")
    with transaction(city_url) as db:
        account = db.scalar(select(Account).where(Account.username == "property"))
        compound = account.jurisdiction_id
        resident = db.scalar(select(Account).where(Account.username == "resident"))
        building = db.get(Person, resident.person_id).building_id
    for start, who in (("2022-12-05T14:00", "张三"), ("2022-12-05T18:00", "李四")):
        end = start[:11] + f"{int(start[11:13]) + 4:02d}:00"
        added = volunteer.post(f"/support/gates/{compound}/add", data={
            "gate": "东门", "starts_at": start, "ends_at": end, "volunteer": who, "csrf_token": csrf})
        assert "已排班" in added.text
    shifts = [int(i) for i in re.findall(r'data-shift-id="(\d+)"', added.text)]
    swapped = volunteer.post(f"/support/gates/{compound}/swap", data={"shift_id": shifts[0], "other_id": shifts[1],
                                                                      "csrf_token": csrf})
    volunteers = re.findall(r'data-testid="volunteer">([^<]+)<', swapped.text)
    assert "已换班" in swapped.text and volunteers == ["李四", "张三"]
    created = volunteer.post("/support/orders", data={"building_id": building, "title": "蔬菜接龙",
                                                      "closes_at": "2022-12-05T12:00", "drop_point": "东门",
                                                      "supplier": "美特好", "csrf_token": csrf})
    assert "已发起接龙" in created.text
    order_id = re.search(r"/support/orders/(\d+)/add", created.text).group(1)  # type: ignore[union-attr]
    resident, rcsrf = login(app, "resident")
    added = resident.post(f"/support/orders/{order_id}/add", data={"item": "白菜", "quantity": "3",
                                                                   "csrf_token": rcsrf})
    assert "已加入接龙" in added.text and "白菜 × 3" in added.text
    workbook = volunteer.get(f"/support/orders/{order_id}/export.xlsx")
    assert workbook.headers["content-type"].startswith("application/vnd.openxmlformats")
    rows = list(load_workbook(io.BytesIO(workbook.content))["汇总 Totals"].iter_rows(min_row=3, max_col=2,
                                                                                  values_only=True))
    assert rows == [("白菜", 3)]
    assert resident.get(f"/support/orders/{order_id}/export.xlsx").status_code == 403


def test_the_json_api_files_follows_and_refuses(app: FastAPI) -> None:
    client = TestClient(app)

    def token(username: str) -> dict[str, str]:
        body = client.post("/api/auth/token", json={"username": username, "password": DEMO_PASSWORD}).json()
        return {"Authorization": f"Bearer {body['access_token']}"}

    resident, volunteer, commander = token("resident"), token("property"), token("commander")
    filed = client.post("/api/support/requests", json={"kind": "meals", "text": "午餐一份"}, headers=resident)
    assert filed.status_code == 200, filed.text
    body = filed.json()
    assert (body["state"], body["sealed"], body["due_at"]) == ("open", True, "2022-12-05T09:30:00")
    assert body["id"] in [r["id"] for r in client.get("/api/support/requests/mine", headers=resident).json()]
    assert client.post(f"/api/support/requests/{body['id']}/accept", headers=resident).status_code == 403
    assert client.post(f"/api/support/requests/{body['id']}/accept", headers=volunteer).json()["state"] == "accepted"
    empty = client.post(f"/api/support/requests/{body['id']}/deliver", json={"note": " "}, headers=volunteer)
    assert empty.status_code == 422  # nothing is closed without a fulfilment note
    bad = client.post("/api/support/requests", json={"kind": "fireworks"}, headers=resident)
    assert bad.status_code == 422
    districts = client.get("/api/support/overview", headers=commander).json()
    assert any(d["name"] == "万柏林区" and d["open"] >= 1 for d in districts)
