"""Tracing meets isolation, both databases: a case who had a quarantine stay and rode a transfer in the
investigation window shows both on the trajectory (flow and case page), a stay outside the window does
not show; confirming many contacts files their quarantine requests with one INSERT, skips a person whose
request is already waiting, and is audited; discovery for more than ten cases at once succeeds with a
compact audit reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.audit import MAX_REASON
from fangkong.core.db import get_engine
from fangkong.core.models import AuditEntry
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import service as isolation
from fangkong.isolation.models import QuarantineRequest
from fangkong.registry.models import Person
from fangkong.tracing import discovery, flows
from fangkong.tracing import service as tracing
from fangkong.web.app import create_app
from tests.helpers import login, page_shows

OPERATOR = system_actor("tests")  # the operator who sets up the world (sites, stays, batches)
NOW = datetime(2022, 11, 28, 10, 0)


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    session = Session(get_engine(city_url))
    clock.set_clock(NOW)
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def households_with(db: Session, size: int, count: int, skip: int) -> list[list[int]]:
    ids = db.scalars(select(Person.household_id).group_by(Person.household_id)
                     .having(func.count() >= size).order_by(Person.household_id).offset(skip).limit(count)).all()
    return [list(db.scalars(select(Person.id).where(Person.household_id == hid).order_by(Person.id))) for hid in ids]


def stay_and_transfer(db: Session, person_id: int, site_name: str) -> tuple[int, int, int]:
    """A site, a transfer to it two days ago, a stay there since, and an old stay weeks before."""
    site = isolation.create_site(db, OPERATOR, name=site_name, kind="hotel", state="requisitioned")
    batch = isolation.create_batch(db, OPERATOR, site_id=site.id, origin_kind="home", origin_text="小区东门",
                                   person_ids=[person_id], vehicle="晋A·T001")
    isolation.advance_batch(db, OPERATOR, batch.id, step="dispatched", at=NOW - timedelta(days=2, hours=2))
    isolation.advance_batch(db, OPERATOR, batch.id, step="picked_up", at=NOW - timedelta(days=2, hours=1))
    isolation.advance_batch(db, OPERATOR, batch.id, step="arrived", at_site_id=site.id,
                            at=NOW - timedelta(days=2))
    old = isolation.record_stay(db, OPERATOR, person_id=person_id, kind="home_monitoring",
                                start_at=NOW - timedelta(days=40), end_at=NOW - timedelta(days=33))
    stay = isolation.record_stay(db, OPERATOR, person_id=person_id, kind="centralised",
                                 start_at=NOW - timedelta(days=2), site=site_name, reason="密接")
    return batch.id, stay.id, old.id


def test_a_case_with_a_stay_and_a_transfer_shows_them_on_the_trajectory(db: Session, epidemiologist: Actor) -> None:
    (patient, *_rest), = households_with(db, 1, 1, skip=70)
    batch_id, stay_id, old_id = stay_and_transfer(db, patient, "流调测试隔离酒店")
    case = flows.record_case(db, epidemiologist, person_id=patient, kind="confirmed", reported_at=NOW,
                             source_kind="hospital", severity="mild", onset_date=NOW.date() - timedelta(days=1))
    _window, items = flows.trajectory(db, epidemiologist, case.id)
    by_ref = {item.ref: item for item in items}
    assert f"stay:{old_id}" not in by_ref  # weeks before the window
    stay = by_ref[f"stay:{stay_id}"]
    assert stay.source == "stay" and stay.start == NOW - timedelta(days=2) and "流调测试隔离酒店" in stay.place
    assert stay.place.startswith("集中隔离")
    transfer = by_ref[f"transfer:{batch_id}"]
    assert transfer.source == "transfer" and transfer.start == NOW - timedelta(days=2, hours=1)
    assert transfer.end == NOW - timedelta(days=2) and "小区东门" in transfer.place
    assert "流调测试隔离酒店" in transfer.place
    assert [i.ref for i in items].index(f"transfer:{batch_id}") < [i.ref for i in items].index(f"stay:{stay_id}")
    read = db.scalars(select(AuditEntry.reason).where(AuditEntry.username == "epidemiologist",
                                                      AuditEntry.detail.like('%"movements_of"%'))).all()
    assert f"case:{case.id} trajectory" in read  # the read of the person's stays is audited with the case
    # the published draft lists places, not the quarantine hotel or the transfer
    draft = flows.publish_trajectory(db, epidemiologist, case.id)
    assert "流调测试隔离酒店" not in draft.text


def test_the_case_page_shows_the_stay(fresh_city_url: str) -> None:
    clock.set_clock(NOW)
    with Session(get_engine(fresh_city_url)) as db:
        (patient, *_rest), = households_with(db, 1, 1, skip=71)
        _batch, stay_id, _old = stay_and_transfer(db, patient, "页面测试隔离酒店")
        case = flows.record_case(db, OPERATOR, person_id=patient, kind="asymptomatic", reported_at=NOW,
                                 sampled_date=NOW.date())
        case_id = case.id
        db.commit()
    app: FastAPI = create_app(fresh_city_url)
    client = login(app, "epidemiologist")
    response = client.get(f"/tracing/cases/{case_id}")
    text = page_shows(response, "集中隔离 页面测试隔离酒店", "转运 小区东门 → 页面测试隔离酒店", "隔离", "转运")
    assert f'data-ref="stay:{stay_id}"' in response.text and text


def test_confirming_many_contacts_files_their_requests_in_one_statement(db: Session, epidemiologist: Actor) -> None:
    homes = households_with(db, 3, 4, skip=80)
    patient, members = homes[0][0], homes[0][1:]
    case = flows.record_case(db, epidemiologist, person_id=patient, kind="confirmed", reported_at=NOW)
    for home in homes[1:]:  # persons the case named: more candidates in one confirmation
        for person in home:
            tracing.name_person(db, epidemiologist, case.id, person_id=person, exposure_at=NOW - timedelta(days=1))
    flows.discover(db, epidemiologist, [case.id])
    pending = {c.person_id for c in discovery.candidates(db, epidemiologist, case.id)}
    assert set(members) <= pending and len(pending) >= 9
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO QUARANTINE_REQUEST"):
            statements.append(statement)

    engine = db.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        confirmed = flows.confirm(db, epidemiologist, case.id)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 1
    assert confirmed.requests == len(pending) == len(confirmed.contacts)
    rows = db.scalars(select(QuarantineRequest).where(QuarantineRequest.case_id == case.id)).all()
    assert {r.person_id for r in rows} == pending and {r.state for r in rows} == {"waiting"}
    assert {r.contact_id for r in rows} == {c.id for c in confirmed.contacts}
    assert all(r.requested_by == "epidemiologist" and r.reason == "close_contact" for r in rows)
    bulk = db.scalars(select(AuditEntry.detail).where(AuditEntry.subject_type == "quarantine_request",
                                                      AuditEntry.detail.like('%"bulk"%'))).all()
    assert any(str(patient) not in d and f'"rows": {len(pending)}' in d for d in bulk)
    # filing the same again adds nothing: one waiting request per contact
    again = isolation.request_quarantines(db, epidemiologist, [
        isolation.RequestSpec(person_id=r.person_id, reason="close_contact", case_id=case.id,
                              contact_id=r.contact_id) for r in rows])
    assert again == 0


def test_discovery_for_more_than_ten_cases_at_once(db: Session, epidemiologist: Actor) -> None:
    homes = households_with(db, 2, 12, skip=100)
    cases = [flows.record_case(db, epidemiologist, person_id=home[0], kind="confirmed", reported_at=NOW)
             for home in homes]
    result = flows.discover(db, epidemiologist, [c.id for c in cases])
    assert result.new == sum(len(home) - 1 for home in homes)
    for case, home in zip(cases, homes, strict=True):
        assert {c.person_id for c in discovery.candidates(db, epidemiologist, case.id)} == set(home[1:])
    reasons = db.scalars(select(AuditEntry.reason).where(AuditEntry.username == "epidemiologist")).all()
    assert all(len(r) <= MAX_REASON for r in reasons)
