"""Tracing JSON API (/api/tracing/…), both databases: the case list is masked and scoped to the caller's
jurisdiction (a district officer sees their district's cases only); a case's detail carries its window and
trajectory (a quarantine stay included); discovery, candidates with their evidence, confirm (contacts,
codes, quarantine requests) and dismiss (a reason required) go through the same flows as the pages and
are audited under the caller; a resident and a grid worker are refused what their roles do not allow."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.models import AuditEntry
from fangkong.core.scope import system_actor
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.isolation import service as isolation
from fangkong.isolation.models import QuarantineRequest
from fangkong.registry.models import Person, Place
from fangkong.tracing import flows
from fangkong.tracing.models import Contact, ContactCandidate
from fangkong.web.app import create_app

NOW = datetime(2022, 11, 26, 9, 0)
OPERATOR = system_actor("tests")


def bearer(client: TestClient, username: str) -> dict[str, str]:
    token = client.post("/api/auth/token", json={"username": username, "password": DEMO_PASSWORD}).json()
    return {"Authorization": f"Bearer {token['access_token']}"}


@pytest.fixture
def world(fresh_city_url: str) -> tuple[FastAPI, str, dict]:
    """Two cases, one living in 万柏林区 (the district officer's) and one elsewhere, each with a household."""
    clock.set_clock(NOW)
    with Session(get_engine(fresh_city_url)) as db:
        district = db.scalar(select(Place.id).where(Place.name == "万柏林区", Place.level == "district"))
        homes = {}
        for inside in (True, False):
            where = Person.district_id == district if inside else Person.district_id != district
            household = db.scalar(select(Person.household_id).where(where).group_by(Person.household_id)
                                  .having(func.count() >= 3).order_by(Person.household_id))
            homes[inside] = list(db.scalars(select(Person.id).where(Person.household_id == household)
                                            .order_by(Person.id)))
        inside_case = flows.record_case(db, OPERATOR, person_id=homes[True][0], kind="confirmed", reported_at=NOW,
                                        severity="mild", onset_date=NOW.date() - timedelta(days=1))
        outside_case = flows.record_case(db, OPERATOR, person_id=homes[False][0], kind="asymptomatic",
                                         reported_at=NOW)
        stay = isolation.record_stay(db, OPERATOR, person_id=homes[True][0], kind="home_quarantine",
                                     start_at=NOW - timedelta(days=2), site="居家")
        facts = {"inside": inside_case.id, "outside": outside_case.id, "homes": homes, "stay": stay.id,
                 "numbers": {p: db.get(Person, p).id_number for p in homes[True] + homes[False]},
                 "names": {p: db.get(Person, p).name for p in homes[True] + homes[False]}}
        db.commit()
    return create_app(fresh_city_url), fresh_city_url, facts


def test_the_case_list_is_masked_and_scoped(world: tuple[FastAPI, str, dict]) -> None:
    app, _url, facts = world
    client = TestClient(app)
    listed = client.get("/api/tracing/cases", headers=bearer(client, "epidemiologist"))
    assert listed.status_code == 200
    rows = {row["id"]: row for row in listed.json()}
    assert {facts["inside"], facts["outside"]} <= set(rows)
    person = rows[facts["inside"]]["person"]
    patient = facts["homes"][True][0]
    assert person["id"] == patient and "*" in person["id_number"] and person["id_number"] != facts["numbers"][patient]
    assert person["name"] != facts["names"][patient] and rows[facts["inside"]]["severity"] == "mild"
    for number in facts["numbers"].values():
        assert number not in listed.text
    district = client.get("/api/tracing/cases", headers=bearer(client, "district")).json()
    assert facts["inside"] in {r["id"] for r in district} and facts["outside"] not in {r["id"] for r in district}
    refused = client.get(f"/api/tracing/cases/{facts['outside']}", headers=bearer(client, "district"))
    assert refused.status_code == 403
    assert client.get("/api/tracing/cases", headers=bearer(client, "resident")).status_code == 403
    assert client.get("/api/tracing/cases").status_code == 401
    opened = client.get("/api/tracing/cases?status=discharged", headers=bearer(client, "epidemiologist")).json()
    assert facts["inside"] not in {r["id"] for r in opened}


def test_detail_discover_candidates_confirm_and_dismiss(world: tuple[FastAPI, str, dict]) -> None:
    app, url, facts = world
    client = TestClient(app)
    epi = bearer(client, "epidemiologist")
    case_id, (_patient, first, *others) = facts["inside"], facts["homes"][True]
    detail = client.get(f"/api/tracing/cases/{case_id}", headers=epi).json()
    assert detail["case"]["id"] == case_id and detail["window_to"] == NOW.isoformat()
    assert detail["window_from"] == "2022-11-21T00:00:00"  # four days before the onset (ninth edition)
    assert f"stay:{facts['stay']}" in {i["ref"] for i in detail["trajectory"]}
    found = client.post(f"/api/tracing/cases/{case_id}/discover", headers=epi).json()
    assert found["new"] == 1 + len(others) and found["by_kind"]["household"] == 1 + len(others)
    candidates = client.get(f"/api/tracing/cases/{case_id}/candidates", headers=epi).json()
    assert {c["person"]["id"] for c in candidates} == {first, *others}
    assert all(c["kinds"] == ["household"] and c["evidence"] == [{"kind": "household"}] and c["state"] == "pending"
               for c in candidates)
    assert all(facts["numbers"][p] not in str(candidates) for p in (first, *others))

    grid = client.post(f"/api/tracing/cases/{case_id}/confirm", json={"person_ids": [first]},
                       headers=bearer(client, "grid"))
    assert grid.status_code == 403
    no_reason = client.post(f"/api/tracing/cases/{case_id}/dismiss", json={"person_ids": others, "reason": " "},
                            headers=epi)
    assert no_reason.status_code == 422
    confirmed = client.post(f"/api/tracing/cases/{case_id}/confirm", json={"person_ids": [first]}, headers=epi)
    assert confirmed.status_code == 200, confirmed.text
    body = confirmed.json()
    assert body["persons"] == [first] and body["quarantine_requests"] == 1 and len(body["contacts"]) == 1
    dismissed = client.post(f"/api/tracing/cases/{case_id}/dismiss", json={"kinds": ["household"],
                                                                          "reason": "出差外地"}, headers=epi)
    assert dismissed.json() == {"case": case_id, "dismissed": len(others)}
    states = {c["person"]["id"]: (c["state"], c["reason"])
              for c in client.get(f"/api/tracing/cases/{case_id}/candidates", headers=epi).json()}
    assert states == {first: ("confirmed", ""), **{p: ("dismissed", "出差外地") for p in others}}
    with Session(get_engine(url)) as db:
        contact = db.scalars(select(Contact).where(Contact.case_id == case_id)).one()
        assert contact.person_id == first and contact.recorded_by == "epidemiologist"
        request = db.scalars(select(QuarantineRequest).where(QuarantineRequest.contact_id == contact.id)).one()
        assert request.person_id == first and request.state == "waiting"
        kinds = set(db.scalars(select(AuditEntry.subject_type).where(AuditEntry.username == "epidemiologist")))
        assert {"contact", "contact_candidate", "quarantine_request", "scan", "person"} <= kinds
        assert db.scalar(select(func.count()).select_from(ContactCandidate)
                         .where(ContactCandidate.case_id == case_id, ContactCandidate.state == "pending")) == 0
    unknown = client.get("/api/tracing/cases/999999999/candidates", headers=epi)
    assert unknown.status_code == 404
