"""The open trajectories page (/public/trajectories), both databases: without login it shows approved
trajectories only, with no name, identity number or phone, from the public cache until a trajectory is
approved; a resident without an account declares with their identity number and phone, matched to the
registry: the declaration is kept, becomes a candidate of the case and is audited; a mismatch says nothing
about who is registered, is kept and audited, and repeated mismatches lock the number out (429) even with
the right phone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.models import AuditEntry, LoginFailure
from fangkong.core.scope import system_actor
from fangkong.registry.models import Household, Person, Venue
from fangkong.tracing import flows, publication
from fangkong.tracing import service as tracing
from fangkong.tracing.models import ContactCandidate, ExposureDeclaration
from fangkong.web import publiccache
from fangkong.web.app import create_app
from tests.helpers import page_shows

NOW = datetime(2022, 11, 20, 9, 0)
OPERATOR = system_actor("tests")


@pytest.fixture
def world(fresh_city_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FastAPI, str, dict]]:
    """A case with an approved trajectory (one place) and a pending one, and a resident who was there."""
    monkeypatch.setattr(publiccache, "VERSION_EVERY_S", 0.0)
    clock.set_clock(NOW)
    with Session(get_engine(fresh_city_url)) as db:
        patient, visitor, other = db.scalars(select(Person.id).where(Person.phone.is_not(None))
                                             .order_by(Person.id).offset(200).limit(3)).all()
        venue = db.scalar(select(Venue.id).where(Venue.kind != "lab").order_by(Venue.id))
        case = flows.record_case(db, OPERATOR, person_id=patient, kind="confirmed", reported_at=NOW,
                                 onset_date=NOW.date() - timedelta(days=1))
        tracing.add_trajectory_entry(db, OPERATOR, case.id, place="迎泽公园东门", venue_id=venue,
                                     start_at=NOW - timedelta(days=1, hours=2), end_at=NOW - timedelta(days=1))
        approved = flows.publish_trajectory(db, OPERATOR, case.id)
        publication.decide(db, OPERATOR, approved.id, approve=True)
        pending = flows.publish_trajectory(db, OPERATOR, case.id)
        person = db.get(Person, visitor)
        facts = {"case": case.id, "approved": approved.id, "pending": pending.id, "visitor": visitor,
                 "id_number": person.id_number, "phone": person.phone, "name": person.name, "other": other,
                 "patient_id_number": db.get(Person, patient).id_number,
                 "other_number": db.get(Person, other).id_number}
        db.commit()
    yield create_app(fresh_city_url), fresh_city_url, facts


def test_the_page_opens_without_login_and_shows_only_approved_texts(world: tuple[FastAPI, str, dict]) -> None:
    app, url, facts = world
    client = TestClient(app)
    response = client.get("/public/trajectories")
    text = page_shows(response, "病例活动轨迹公布", "迎泽公园东门", "无需登录",
                      testids=["public-trajectory", "declare-form"], absent=[facts["patient_id_number"], facts["name"]])
    assert response.text.count('data-testid="public-trajectory"') == 1  # the pending one is not shown
    assert f"/public/trajectories/{facts['approved']}/declare" in response.text
    assert f"/public/trajectories/{facts['pending']}/declare" not in response.text and text


def test_the_listing_is_cached_until_a_trajectory_is_approved(world: tuple[FastAPI, str, dict],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    app, url, facts = world
    built: list[int] = []
    real = publication.public_trajectories
    monkeypatch.setattr(publication, "public_trajectories", lambda *a, **k: built.append(1) or real(*a, **k))
    client = TestClient(app)
    first = client.get("/public/trajectories")
    for _ in range(3):
        assert client.get("/public/trajectories").text == first.text
    assert len(built) == 1
    with Session(get_engine(url)) as db:
        publication.decide(db, OPERATOR, facts["pending"], approve=True)
        db.commit()
    second = client.get("/public/trajectories")
    assert len(built) == 2 and second.text.count('data-testid="public-trajectory"') == 2


def test_a_resident_declares_with_identity_number_and_phone(world: tuple[FastAPI, str, dict]) -> None:
    app, url, facts = world
    client = TestClient(app)
    response = client.post(f"/public/trajectories/{facts['approved']}/declare", follow_redirects=True,
                           data={"place": "0", "id_number": facts["id_number"], "phone": facts["phone"]})
    page_shows(response, "申报已收到", testids=["message"])
    with Session(get_engine(url)) as db:
        declaration = db.scalars(select(ExposureDeclaration)
                                 .where(ExposureDeclaration.person_id == facts["visitor"])).one()
        assert declaration.case_id == facts["case"] and declaration.place == "迎泽公园东门"
        assert declaration.declared_by == flows.PUBLIC_DECLARER
        candidate = db.scalars(select(ContactCandidate).where(ContactCandidate.case_id == facts["case"],
                                                              ContactCandidate.person_id == facts["visitor"])).one()
        assert "declared" in candidate.kinds and candidate.state == "pending"
        audited = db.scalars(select(AuditEntry.subject_type).where(AuditEntry.username == flows.PUBLIC_DECLARER)).all()
        assert "exposure_declaration" in audited


def test_a_household_phone_also_identifies(world: tuple[FastAPI, str, dict]) -> None:
    app, url, facts = world
    with Session(get_engine(url)) as db:
        phone = db.scalar(select(Household.phone).join(Person, Person.household_id == Household.id)
                          .where(Person.id == facts["other"]))
    if not phone:
        pytest.skip("the generated household has no phone")
    response = TestClient(app).post(f"/public/trajectories/{facts['approved']}/declare",
                                    data={"place": "0", "id_number": facts["other_number"], "phone": phone})
    page_shows(response, "申报已收到", testids=["message"])


def test_mismatches_are_kept_audited_and_lock_the_number_out(world: tuple[FastAPI, str, dict]) -> None:
    app, url, facts = world
    client = TestClient(app)
    path = f"/public/trajectories/{facts['approved']}/declare"
    wrong = client.post(path, data={"place": "0", "id_number": facts["id_number"], "phone": "15400000000"})
    page_shows(wrong, "未能匹配", status=422, testids=["error"], absent=[facts["name"]])
    unknown = client.post(path, data={"place": "0", "id_number": "110101199003077777", "phone": facts["phone"]})
    assert unknown.status_code == 422 and "未能匹配" in unknown.text  # the same answer: says nothing of who exists
    for _ in range(4):
        client.post(path, data={"place": "0", "id_number": facts["id_number"], "phone": "15400000000"})
    locked = client.post(path, data={"place": "0", "id_number": facts["id_number"], "phone": facts["phone"]})
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    with Session(get_engine(url)) as db:
        assert db.scalar(select(func.count()).select_from(ExposureDeclaration)
                         .where(ExposureDeclaration.person_id == facts["visitor"])) == 0
        failures = db.scalars(select(LoginFailure.username).where(LoginFailure.username.like("declare:%"))).all()
        assert len(failures) == 7 and facts["id_number"] not in "".join(failures)  # a hash, not the number
        whys = db.scalars(select(AuditEntry.detail).where(AuditEntry.action == "login_failed",
                                                         AuditEntry.username.like("declare:%"))).all()
        assert sum("declaration mismatch" in w for w in whys) == 6 and any("locked" in w for w in whys)
