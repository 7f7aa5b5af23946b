"""Contact tracing end to end on a generated city, both databases: a positive single tube creates a case;
discovery finds the household and the persons scanned at the same venue inside the window and the
policy's minutes, not those outside either or at other venues; confirming turns their codes red with the
case as the reason and creates quarantine requests; secondary contacts appear under the ninth edition
and not under the twenty measures; discovery run again adds only what is new; the CLI prints the JSON
of the issue; a confirmed contact who becomes a case is linked to the infector and found under control."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fangkong.cli import app
from fangkong.codes import service as codes
from fangkong.codes.scanlog import ScanRow, insert_rows
from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.errors import InvalidInput
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import service as isolation
from fangkong.registry.models import Person, Venue
from fangkong.testing import flows as testing_flows
from fangkong.testing import service as testing
from fangkong.tracing import chains, discovery, flows
from fangkong.tracing.models import Case, ContactCandidate

COMMANDER = system_actor("tests")
NINTH = datetime(2022, 8, 10, 8, 0)
TWENTY = datetime(2022, 11, 30, 8, 0)


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    session = Session(get_engine(city_url))
    try:
        yield session
    finally:
        session.rollback()
        session.close()
        clock.set_clock(None)


def households_with(db: Session, size: int, count: int, skip: int = 0) -> list[list[int]]:
    """`count` households of at least `size` persons, as lists of person ids."""
    ids = db.scalars(select(Person.household_id).group_by(Person.household_id)
                     .having(func.count() >= size).order_by(Person.household_id).offset(skip).limit(count)).all()
    return [list(db.scalars(select(Person.id).where(Person.household_id == hid).order_by(Person.id))) for hid in ids]


def positive_single_tube(db: Session, person_id: int, at: datetime) -> Case:
    """Sample, ship and report one positive single tube through the testing flow: the case it makes."""
    community = db.scalar(select(Person.community_id).where(Person.id == person_id))
    site = testing.create_site(db, COMMANDER, name="流调测试采样点", place_id=community)
    lab_venue = db.scalar(select(Venue.id).where(Venue.kind == "lab").limit(1))
    lab = testing.create_lab(db, COMMANDER, name="流调测试实验室", daily_capacity=1000, venue_id=lab_venue)
    sampler = Actor(account_id=None, username="s1", role="sampler", jurisdiction_id=community,
                    jurisdiction_level="community")
    lab_actor = Actor(account_id=None, username="l1", role="lab", venue_id=lab_venue)
    barcode = f"TR{person_id:08d}"
    testing.open_tube(db, sampler, barcode=barcode, site_id=site.id, pool_size=1, purpose="routine")
    testing.add_sample(db, sampler, barcode=barcode, person_id=person_id)
    if testing.get_tube(db, sampler, barcode).state == "open":
        testing.seal_tube(db, sampler, barcode)
    box = testing.box_tubes(db, sampler, site_id=site.id, barcodes=[barcode])
    batch = testing.send_batch(db, sampler, lab_id=lab.id, box_ids=[box.id], sent_at=at - timedelta(hours=3))
    testing.receive_batch(db, lab_actor, batch.id, received_at=at - timedelta(hours=2))
    content = ("试管条码,检测结果,ORF1ab基因Ct值,N基因Ct值,检测时间,报告时间\r\n"
               f"{barcode},阳性,28.5,28.5,{at:%Y-%m-%d %H:%M},{at:%Y-%m-%d %H:%M}").encode("utf-8-sig")
    report = testing_flows.import_result_file(db, lab_actor, content=content)
    assert report.cases == 1
    return db.scalars(select(Case).where(Case.person_id == person_id)).one()


def scan(person_id: int, venue_id: int, at: datetime, subject: str | None = None) -> ScanRow:
    return ScanRow(venue_id=venue_id, checked_at=at, received_at=at, colour="green", result="pass",
                   method="qr" if subject else "id", subject=subject, person_id=None if subject else person_id)


def colour_and_refs(db: Session, person_id: int, epi: Actor) -> tuple[str, list[str]]:
    view = codes.current_code(db, epi, person_id)
    return view.colour, [f"{r.rule}:{r.text_zh}" for r in view.reasons]


@pytest.mark.parametrize("moment, secondary", [(NINTH, True), (TWENTY, False)], ids=["ninth", "twenty"])
def test_discovery_confirm_and_secondary(db: Session, moment: datetime, secondary: bool, epidemiologist: Actor) -> None:
    epi = epidemiologist  # the demo 流调专班 account
    clock.set_clock(moment)
    case_home, venue_home, near_home, late_home, other_home, old_home = households_with(db, 2, 6)
    patient, housemate = case_home[0], case_home[1]
    near, near_housemate = venue_home[0], venue_home[1]
    venue_a, venue_b = db.scalars(select(Venue.id).where(Venue.kind != "lab").order_by(Venue.id).limit(2)).all()
    day = moment - timedelta(days=1)
    insert_rows(db, [
        scan(patient, venue_a, day.replace(hour=10)),
        scan(near, venue_a, day.replace(hour=10, minute=20), subject=codes.subject_for(db, near)),  # QR: pseudonym
        scan(near_home[0], venue_a, day.replace(hour=9, minute=31)),  # inside ±30 min too
        scan(late_home[0], venue_a, day.replace(hour=11, minute=30)),  # same venue, 90 minutes later
        scan(other_home[0], venue_b, day.replace(hour=10, minute=5)),  # same time, other venue
        scan(patient, venue_b, moment - timedelta(days=10)),  # before the window
        scan(old_home[0], venue_b, moment - timedelta(days=10, minutes=-5)),
    ])
    case = positive_single_tube(db, patient, moment)
    assert case.source_kind == "tube" and case.how_found == "community"

    result = flows.discover(db, epi, [case.id])
    found = {c.person_id: c for c in discovery.candidates(db, epi, case.id)}
    assert set(found) == set(case_home[1:]) | {near, near_home[0]}
    assert result.new == len(found) and result.by_kind["venue"] == 2
    assert found[housemate].kinds == "household"
    evidence = discovery.evidence_of(found[near])
    assert evidence == [{"kind": "venue", "venue_id": venue_a, "venue": evidence[0]["venue"],
                         "case_at": day.replace(hour=10).isoformat(),
                         "contact_at": day.replace(hour=10, minute=20).isoformat()}]
    assert found[near].last_exposure == day.replace(hour=10, minute=20)

    confirmed = flows.confirm(db, epi, case.id, kinds=["household", "venue"])
    assert {c.person_id for c in confirmed.contacts} == set(found) and confirmed.requests == len(found)
    for person_id in (housemate, near):
        colour, reasons = colour_and_refs(db, person_id, epi)
        assert colour == "red" and any(r.startswith("close_contact:") and f"病例 #{case.id}" in r for r in reasons)
    assert colour_and_refs(db, late_home[0], epi)[0] == "green"
    requests = {r.person_id: r for r in isolation.quarantine_requests(db, epi)
                if r.case_id == case.id}
    assert set(requests) == set(found) and {r.reason for r in requests.values()} == {"close_contact"}

    again = flows.discover(db, epi, [case.id])
    rows = discovery.candidates(db, epi, case.id)
    secondaries = {c.person_id for c in rows if c.kinds == "secondary"}
    if secondary:
        assert near_housemate in secondaries and again.new == len(secondaries)
        flows.confirm(db, epi, case.id, kinds=["secondary"])
        colour, reasons = colour_and_refs(db, near_housemate, epi)
        assert colour == "yellow" and any(r.startswith("secondary_contact:") for r in reasons)
    else:
        assert secondaries == set() and again.new == 0
    assert flows.discover(db, epi, [case.id]).new == 0  # a third run adds nothing


def test_dismiss_needs_a_reason_and_a_contact_who_becomes_a_case_is_linked(db: Session, epidemiologist: Actor) -> None:
    epi = epidemiologist  # the demo 流调专班 account
    clock.set_clock(NINTH)
    (first, second, third, *rest), = households_with(db, 3, 1, skip=20)
    case = flows.record_case(db, epi, person_id=first, kind="confirmed", reported_at=NINTH,
                             source_kind="hospital", severity="mild", onset_date=NINTH.date() - timedelta(days=1))
    flows.discover(db, epi, [case.id])
    with pytest.raises(InvalidInput):
        flows.dismiss(db, epi, case.id, person_ids=[third], reason=" ")
    dismissed = flows.dismiss(db, epi, case.id, person_ids=[third, *rest], reason="出差外地,不在家")
    assert dismissed == 1 + len(rest)
    flows.confirm(db, epi, case.id, person_ids=[second])
    states = {c.person_id: (c.state, c.reason) for c in discovery.candidates(db, epi, case.id)}
    assert states == {second: ("confirmed", ""), **{p: ("dismissed", "出差外地,不在家") for p in (third, *rest)}}

    clock.set_clock(NINTH + timedelta(days=2))
    infectee = flows.record_case(db, epi, person_id=second, kind="asymptomatic",
                                 reported_at=NINTH + timedelta(days=2))
    assert infectee.how_found == "under_control"
    graph = chains.chains(db, epi)
    chain = next(c for c in graph.chains if c.root == case.id)
    assert chain.cases == [case.id, infectee.id] and chain.generations == 2
    assert chain.under_control == 1 and chain.community == 1
    with pytest.raises(InvalidInput):  # no cycle
        chains.link(db, epi, infector_case_id=infectee.id, infectee_case_id=case.id, reason="test")


def test_confirm_is_atomic(db: Session, monkeypatch: pytest.MonkeyPatch, epidemiologist: Actor) -> None:
    epi = epidemiologist  # the demo 流调专班 account
    """A failure in the last step (the quarantine request) leaves no contact and no decision behind."""
    clock.set_clock(NINTH)
    (first, second, *_rest), = households_with(db, 2, 1, skip=30)
    case = flows.record_case(db, epi, person_id=first, kind="confirmed", reported_at=NINTH)
    flows.discover(db, epi, [case.id])
    db.commit()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("isolation down")

    monkeypatch.setattr(isolation, "request_quarantines", broken)
    with pytest.raises(RuntimeError):
        flows.confirm(db, epi, case.id)
    db.rollback()
    assert db.scalar(select(ContactCandidate.state).where(ContactCandidate.case_id == case.id)) == "pending"
    assert codes.stored_reasons(db, [second], NINTH)[second].colour == "green"


def test_cli_contacts_json_and_confirm(city_url: str) -> None:
    runner = CliRunner()
    with Session(get_engine(city_url)) as db:
        (first, *others), = households_with(db, 2, 1, skip=40)
    clock.set_clock(TWENTY)
    result = runner.invoke(app, ["cases", "record", str(first), "--kind", "confirmed", "--at", "2022-11-30T08:00",
                                 "--onset", "2022-11-28", "--database", city_url])
    assert result.exit_code == 0, result.output
    case_id = int(result.output.split("#")[1].split()[0])
    result = runner.invoke(app, ["tracing", "contacts", str(case_id), "--json", "--database", city_url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["case"] == case_id and data["window"] == {"from": "2022-11-24T00:00:00", "to": "2022-11-30T08:00:00"}
    assert {c["person_id"] for c in data["candidates"]} == set(others)
    assert all(c["kinds"] == ["household"] and c["evidence"] == [{"kind": "household"}] for c in data["candidates"])
    result = runner.invoke(app, ["tracing", "confirm", str(case_id), "--kinds", "household", "--database", city_url])
    assert result.exit_code == 0 and f"{len(others)} contacts confirmed" in result.output, result.output


def test_record_case_is_atomic(db: Session, monkeypatch: pytest.MonkeyPatch, epidemiologist: Actor) -> None:
    """A failure in the last step (the code recompute) leaves no case, no classification, no link."""
    clock.set_clock(NINTH)
    (first, *_rest), = households_with(db, 1, 1, skip=50)
    before = db.scalar(select(func.count()).select_from(Case))
    db.commit()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("codes down")

    monkeypatch.setattr(codes, "recompute", broken)
    with pytest.raises(RuntimeError):
        flows.record_case(db, epidemiologist, person_id=first, kind="confirmed", reported_at=NINTH)
    db.rollback()
    assert db.scalar(select(func.count()).select_from(Case)) == before


def test_the_chain_list_links_only_the_cases_a_reader_may_open(db: Session, epidemiologist: Actor,
                                                                street_staff: Actor, commander: Actor) -> None:
    """Issue 17, item 8: a street's staff read every chain (case numbers only) but open the case pages of
    their own street's residents; the list links only those."""
    clock.set_clock(NINTH)
    street = street_staff.jurisdiction_id
    inside = db.scalar(select(Person.id).where(Person.street_id == street).order_by(Person.id).limit(1))
    outside = db.scalar(select(Person.id).where(Person.street_id != street).order_by(Person.id).limit(1))
    ours = flows.record_case(db, epidemiologist, person_id=inside, kind="confirmed", reported_at=NINTH)
    theirs = flows.record_case(db, epidemiologist, person_id=outside, kind="asymptomatic", reported_at=NINTH)
    both = {ours.id, theirs.id}
    assert chains.openable_cases(db, street_staff, both) == {ours.id}
    assert chains.openable_cases(db, commander, both) == both
