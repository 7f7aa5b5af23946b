"""Tracing pages through the web stack, both databases: an epidemiologist records a hospital case from
the case list, the case page shows it found in the community with its window; discovery and a refused
dismissal without a reason (nothing kept, the page says why); a district officer reads the list but has
no forms; a resident is refused the case list; the public page has no names or identity numbers."""

from __future__ import annotations

from datetime import datetime

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.registry.models import Person
from fangkong.tracing.models import AssistanceRow, Case, ContactCandidate
from fangkong.web.app import create_app
from tests.helpers import csrf_in, login, page_shows

NOW = datetime(2022, 12, 1, 10, 0)


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


def test_record_a_case_discover_and_refuse_a_dismissal(app: FastAPI, city_url: str) -> None:
    clock.set_clock(NOW)
    with Session(get_engine(city_url)) as db:
        household = db.scalar(select(Person.household_id).group_by(Person.household_id)
                              .having(func.count() >= 2).order_by(Person.household_id.desc()))
        patient, housemate = db.scalars(select(Person.id).where(Person.household_id == household)
                                        .order_by(Person.id).limit(2)).all()
    epi = login(app, "epidemiologist")
    listing = epi.get("/tracing/cases")
    page_shows(listing, "病例与流调", "登记病例", testids=["record-case"])
    response = epi.post("/tracing/cases", data={
        "csrf_token": csrf_in(listing), "person_id": str(patient), "kind": "confirmed", "severity": "moderate",
        "source_kind": "hospital", "onset_date": "2022-11-29", "reported_at": "2022-12-01T08:30",
        "source": "市第三人民医院"}, follow_redirects=True)
    text = page_shows(response, "确诊病例 · 普通型", "社会面", "医院报告", "2022-11-25 00:00 — 2022-12-01 08:30")
    case_id = int(response.url.path.rsplit("/", 1)[1])
    assert "时间窗内没有记录" in text
    response = epi.post(f"/tracing/cases/{case_id}/discover", data={"csrf_token": csrf_in(response)},
                        follow_redirects=True)
    page_shows(response, "排查完成", "同户", testids=["candidate"])
    response = epi.post(f"/tracing/cases/{case_id}/decide", data={
        "csrf_token": csrf_in(response), "decision": "dismiss", "kind": "household", "reason": ""})
    page_shows(response, "排除须填写理由", status=422)
    with Session(get_engine(city_url)) as db:
        states = set(db.scalars(select(ContactCandidate.state).where(ContactCandidate.case_id == case_id)))
        assert states == {"pending"}
        assert housemate in set(db.scalars(select(ContactCandidate.person_id)
                                           .where(ContactCandidate.case_id == case_id)))

    district = login(app, "district")
    response = district.get("/tracing/cases")
    page_shows(response, "病例与流调", absent=["登记病例"])
    resident = login(app, "resident")
    page_shows(resident.get("/tracing/cases"), status=403)
    page_shows(resident.get("/tracing/public"), "病例活动轨迹公布")


def test_assistance_request_to_a_case(app: FastAPI, city_url: str) -> None:
    clock.set_clock(NOW)
    with Session(get_engine(city_url)) as db:
        person_id, number = db.execute(select(Person.id, Person.id_number).order_by(Person.id).offset(50)
                                       .limit(1)).one()
    content = f"姓名,身份证号,协查原因,来函城市\n某某,{number},确诊病例,西安市\n某某,110101199003077777,密接,上海市\n"
    epi = login(app, "epidemiologist")
    page = epi.get("/tracing/assistance")
    response = epi.post("/tracing/assistance/upload", data={"csrf_token": csrf_in(page)},
                        files={"file": ("协查函.csv", content.encode("gb18030"), "text/csv")}, follow_redirects=True)
    page_shows(response, "已匹配", "待复核", "西安市", "上海市")
    rows = response.text.split('data-testid="assistance-row"')
    matched = next(row for row in rows if 'data-state="matched"' in row)
    row_id = int(matched.split('action="/tracing/assistance/')[1].split('"')[0])
    response = epi.post(f"/tracing/assistance/{row_id}", data={"csrf_token": csrf_in(response), "action": "case",
                                                              "kind": "confirmed"}, follow_redirects=True)
    page_shows(response, "外地协查函", "西安市协查函")
    assert "/tracing/cases/" in str(response.url)
    with Session(get_engine(city_url)) as db:
        row = db.get(AssistanceRow, row_id)
        assert row is not None and row.state == "done" and db.get(Case, row.case_id).person_id == person_id
