"""Support for residents on both databases, on a shared generated city: timers and escalation with the
clock frozen and moved on, the medical emergency pathway as one transaction, the access-plan warning on
publishing, daily checks, gate swaps and group orders. Every test rolls its work back (or fails inside a
transaction that rolls back), so the shared city stays as generated."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from fangkong.areas import flows as areas_flows
from fangkong.areas import service as areas
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.scope import Actor
from fangkong.isolation import service as isolation
from fangkong.isolation.models import TransferRequest
from fangkong.registry.models import Person, Place
from fangkong.support import flows, service
from fangkong.support.models import AccessUse, HelpEscalation, HelpRequest, SupportTask
from tests.helpers import persona_in

T0 = datetime(2022, 12, 5, 9, 0)  # under the twenty measures: "high" is the sealed level


def _resident_home(db, actor: Actor) -> tuple[Person, Place, Place]:  # type: ignore[no-untyped-def]
    person = db.get(Person, actor.person_id)
    return person, db.get(Place, person.compound_id), db.get(Place, person.building_id)


def _seal(db, places: list[str], *, number: str = "2022年第301号", at: str = "2022-12-05T00:00:00") -> int:  # type: ignore[no-untyped-def]
    """Publish a notice that makes the places high-risk (sealed), through the publishing flow."""
    commander = persona_in(db, "commander")
    notice = areas.draft_from_changes(db, commander, {
        "issuer": "太原市新冠肺炎疫情防控工作领导组办公室", "number": number, "published": at[:10], "effective": at,
        "changes": [{"action": "add", "level_from": None, "level_to": "high", "district": "万柏林区",
                     "stated_count": len(places), "places": places}]})
    areas_flows.publish_notice(db, commander, notice.id)
    return notice.id


@pytest.fixture
def frozen() -> datetime:
    clock.set_clock(T0)
    return T0


def test_priority_and_deadlines_come_from_the_policy_and_the_categories(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        resident, grid = persona_in(db, "resident"), persona_in(db, "grid")
        plain = service.file_request(db, resident, person_id=resident.person_id, kind="medicine")
        assert (plain.priority, plain.channel, plain.state) == (2, "self", "open")
        assert plain.ack_due == T0 + timedelta(minutes=30) and plain.fulfil_due == T0 + timedelta(minutes=240)
        assert plain.due_at == plain.ack_due and plain.team_id is None
        service.set_category(db, grid, person_id=resident.person_id, category="living_alone")
        raised = service.file_request(db, grid, person_id=resident.person_id, kind="medicine", text="降压药")
        assert (raised.priority, raised.channel) == (1, "grid")
        with pytest.raises(PermissionDenied):  # a resident asks only for themself
            neighbour = db.scalar(select(Person.id).where(Person.id != resident.person_id).limit(1))
            service.file_request(db, resident, person_id=neighbour, kind="food")
        db.rollback()


def test_the_hotline_finds_the_caller_and_files_for_them(city_url: str, frozen: datetime) -> None:
    from fangkong.registry import service as registry

    with transaction(city_url) as db:
        hotline = persona_in(db, "hotline")
        person = db.scalar(select(Person).where(Person.district_id.is_not(None)).order_by(Person.id.desc()).limit(1))
        found = registry.find_person_by_id_number(db, hotline, person.id_number)
        assert found.masked and found.id == person.id
        request = flows.file_request(db, hotline, person_id=person.id, kind="garbage")
        assert (request.channel, request.filed_by, request.priority) == ("hotline", "hotline", 3)
        assert [row.request.id for row in service.my_requests(db, hotline)] == [request.id]
        with pytest.raises(PermissionDenied):  # the hotline files; it does not work the lists
            service.requests_in_scope(db, hotline)
        db.rollback()


def test_overdue_requests_escalate_community_street_district_with_the_clock(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        resident, commander = persona_in(db, "resident"), persona_in(db, "commander")
        request = service.file_request(db, resident, person_id=resident.person_id, kind="medicine")
        clock.set_clock(T0 + timedelta(minutes=29))
        assert service.escalate_overdue(db) == 0 and request.escalation == 0
        clock.set_clock(T0 + timedelta(minutes=31))  # acknowledgement missed: the community
        assert service.escalate_overdue(db) >= 1
        db.refresh(request)
        assert request.escalation == 1
        clock.set_clock(T0 + timedelta(minutes=95))  # one step later: the street
        service.escalate_overdue(db)
        assert service.escalate_overdue(db) == 0  # idempotent
        db.refresh(request)
        assert request.escalation == 2
        rows = db.scalars(select(HelpEscalation).where(HelpEscalation.request_id == request.id)
                          .order_by(HelpEscalation.level)).all()
        assert [(e.level, e.reason, e.place_id) for e in rows] == [
            (1, "overdue_ack", request.community_id), (2, "overdue_ack", request.street_id)]
        figures = {f.district_id: f for f in service.overview(db, commander)}[request.district_id]
        assert (figures.open, figures.overdue, figures.street, figures.district) == (1, 1, 1, 0)
        # Accepted late: the fulfilment deadline counts now; the level reached stays.
        property_ = persona_in(db, "property")
        service.accept(db, property_, request.id)
        assert request.due_at == request.fulfil_due and request.escalation == 2
        clock.set_clock(request.fulfil_due + timedelta(minutes=121))
        service.escalate_overdue(db)
        db.refresh(request)
        assert request.escalation == 3
        last = db.scalar(select(HelpEscalation).where(HelpEscalation.request_id == request.id,
                                                      HelpEscalation.level == 3))
        assert (last.reason, last.place_id) == ("overdue_fulfil", request.district_id)
        db.rollback()


def test_a_request_late_by_hours_is_raised_through_every_level_at_once(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        resident = persona_in(db, "resident")
        request = service.file_request(db, resident, person_id=resident.person_id, kind="food")
        clock.set_clock(T0 + timedelta(hours=5))
        service.escalate_overdue(db)
        levels = db.scalars(select(HelpEscalation.level).where(HelpEscalation.request_id == request.id)
                            .order_by(HelpEscalation.level)).all()
        assert levels == [1, 2, 3]
        db.rollback()


def test_nothing_is_closed_without_a_fulfilment_note(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        resident, property_ = persona_in(db, "resident"), persona_in(db, "property")
        request = service.file_request(db, resident, person_id=resident.person_id, kind="medicine")
        with pytest.raises(InvalidInput):
            service.confirm(db, resident, request.id)
        service.accept(db, property_, request.id)
        service.start(db, property_, request.id)
        with pytest.raises(InvalidInput):
            service.deliver(db, property_, request.id, note="   ")
        service.deliver(db, property_, request.id, note="药已放门口, 已电话告知")
        assert request.due_at is None
        service.confirm(db, resident, request.id)
        assert (request.state, request.confirmed_by) == ("confirmed", "resident")
        db.flush()
        db.rollback()
    with transaction(city_url) as db:  # the database refuses it too
        resident = persona_in(db, "resident")
        request = service.file_request(db, resident, person_id=resident.person_id, kind="meals")
        db.flush()
        with pytest.raises(IntegrityError):
            db.execute(update(HelpRequest).where(HelpRequest.id == request.id).values(state="confirmed"))
        db.rollback()


def test_a_team_works_only_its_own_compound(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        district, property_ = persona_in(db, "district"), persona_in(db, "property")
        elsewhere = db.scalar(select(Person.id).where(Person.compound_id != property_.jurisdiction_id,
                                                      Person.district_id == district.jurisdiction_id).limit(1))
        request = service.file_request(db, district, person_id=elsewhere, kind="repairs", text="水管漏水")
        with pytest.raises(PermissionDenied):
            service.accept(db, property_, request.id)
        assert request.id not in [r.request.id for r in service.requests_in_scope(db, property_)]
        assert request.id in [r.request.id for r in service.requests_in_scope(db, district)]
        db.rollback()


def _counts(db, person_id: int) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    requests = select(HelpRequest.id).where(HelpRequest.person_id == person_id)
    return (db.scalar(select(func.count()).select_from(HelpRequest).where(HelpRequest.person_id == person_id)),
            db.scalar(select(func.count()).select_from(HelpEscalation).where(HelpEscalation.request_id.in_(requests))),
            db.scalar(select(func.count()).select_from(AccessUse).where(AccessUse.request_id.in_(requests))),
            db.scalar(select(func.count()).select_from(TransferRequest).where(TransferRequest.person_id == person_id)))


def test_a_medical_emergency_from_a_sealed_building_is_one_transaction(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        resident, district = persona_in(db, "resident"), persona_in(db, "district")
        person, compound, building = _resident_home(db, resident)
        _seal(db, [f"{compound.name}{building.name}"])
        request = flows.file_request(db, resident, person_id=person.id, kind="medical_emergency", text="胸痛")
        assert request.sealed and request.priority == 1 and request.escalation == 3
        escalation = db.scalar(select(HelpEscalation).where(HelpEscalation.request_id == request.id))
        assert (escalation.level, escalation.reason, escalation.place_id) == (3, "emergency", person.district_id)
        transfer = db.get(TransferRequest, request.transfer_request_id)
        assert (transfer.purpose, transfer.urgent, transfer.source_ref) == (
            "emergency", True, f"help_request:{request.id}")
        assert compound.name in transfer.origin_text
        use = db.scalar(select(AccessUse).where(AccessUse.request_id == request.id))
        assert use.compound_id == compound.id and use.plan_id is None
        assert [r.request.id for r in service.live_emergencies(db, district)] == [request.id]
        # 首诊负责制: a refusal is not an outcome; it escalates again and the case stays open.
        service.record_refusal(db, district, request.id, hospital="某医院", note="无床位")
        assert request.state == "open"
        assert db.scalar(select(func.count()).select_from(HelpEscalation).where(
            HelpEscalation.request_id == request.id, HelpEscalation.reason == "refused")) == 1
        service.record_admission(db, district, request.id, hospital="山西白求恩医院")
        assert (request.state, request.hospital) == ("delivered", "山西白求恩医院")
        assert "山西白求恩医院" in request.fulfilment_note
        db.rollback()


@pytest.mark.parametrize("failing", ["transfer", "access"])
def test_a_failure_in_any_part_of_the_emergency_pathway_leaves_nothing(city_url: str, frozen: datetime,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     failing: str) -> None:
    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the transfer desk is down")

    if failing == "transfer":
        monkeypatch.setattr(isolation, "request_transfer", boom)
    else:
        monkeypatch.setattr(service, "record_use", boom)
    with transaction(city_url) as db:
        person_id = persona_in(db, "resident").person_id
        before = _counts(db, person_id)
    with pytest.raises(RuntimeError), transaction(city_url) as db:
        resident = persona_in(db, "resident")
        person, compound, building = _resident_home(db, resident)
        _seal(db, [f"{compound.name}{building.name}"], number="2022年第302号")
        flows.file_request(db, resident, person_id=person.id, kind="medical_emergency")
    with transaction(city_url) as db:
        assert _counts(db, person_id) == before
        assert not db.scalar(select(func.count()).select_from(SupportTask))


def test_publishing_a_sealing_notice_warns_about_compounds_without_a_plan(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        commander, grid, property_ = persona_in(db, "commander"), persona_in(db, "grid"), persona_in(db, "property")
        person, compound, building = _resident_home(db, persona_in(db, "resident"))
        other = db.scalar(select(Place).where(Place.level == "compound", Place.district_id == compound.district_id,
                                              Place.id != compound.id).order_by(Place.id).limit(1))
        service.save_plan(db, grid if grid.covers(other) else commander, compound_id=other.id,
                          route="东门→消防通道→各单元门", on_duty_name="王师傅", on_duty_phone="13800000000")
        notice_id = _seal(db, [f"{compound.name}{building.name}", other.name])
        warned = service.warnings_for_notice(db, commander, notice_id)
        assert [w.compound_id for w in warned] == [compound.id]  # the planned compound is not listed
        task = db.scalar(select(SupportTask).where(SupportTask.kind == "access_plan"))
        assert (task.subject_id, task.community_id, task.notice_id) == (compound.id, compound.community_id, notice_id)
        assert [u.compound_id for u in service.compounds_without_plan(db, commander)] == [compound.id]
        assert compound.id in [t.task.subject_id for t in service.open_tasks(db, grid)]
        # The property company writes the plan: the task closes and the warning is gone.
        service.save_plan(db, property_, compound_id=compound.id, route="北门→3号消防通道→1-6号楼单元门",
                          on_duty_name="李四", on_duty_phone="0351-1234567")
        assert task.done_at == T0
        assert service.compounds_without_plan(db, commander) == []
        db.rollback()


def test_a_missed_daily_check_becomes_a_task_for_the_community(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        grid = persona_in(db, "grid")
        person, compound, building = _resident_home(db, persona_in(db, "resident"))
        service.set_category(db, grid, person_id=person.id, category="living_alone")
        service.set_category(db, grid, person_id=person.id, category="regular_treatment",
                             next_session_on=T0.date() + timedelta(days=2), note="透析")
        _seal(db, [f"{compound.name}{building.name}"])
        rows = service.vulnerable_list(db, grid, category="living_alone")
        mine = next(r for r in rows if r.person.id == person.id)
        assert mine.sealed and mine.check is None and {c.category for c in mine.categories} == {
            "living_alone", "regular_treatment"}
        clock.set_clock(T0.replace(hour=17))
        assert service.sweep_missed_checks(db) == 0  # the day is not over for checks yet
        clock.set_clock(T0.replace(hour=18, minute=1))
        assert service.sweep_missed_checks(db) == 1
        assert service.sweep_missed_checks(db) == 0
        task = db.scalar(select(SupportTask).where(SupportTask.kind == "missed_check"))
        assert (task.subject_id, task.community_id, task.done_at) == (person.id, person.community_id, None)
        service.record_check(db, grid, person_id=person.id, method="knock", outcome="well")
        assert task.done_at is not None
        clock.set_clock(T0.replace(hour=19) + timedelta(days=1))  # the next day: checked again, or a task
        assert service.sweep_missed_checks(db) == 1
        db.rollback()


def test_gate_duty_swaps_on_duty_now_and_missed_shifts(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        property_ = persona_in(db, "property")
        compound = property_.jurisdiction_id
        day = T0.replace(hour=0)
        early = service.add_shift(db, property_, compound_id=compound, gate="东门", starts_at=day + timedelta(hours=8),
                                  ends_at=day + timedelta(hours=12), volunteer="张三", phone="13900000001")
        late = service.add_shift(db, property_, compound_id=compound, gate="东门", starts_at=day + timedelta(hours=12),
                                 ends_at=day + timedelta(hours=16), volunteer="李四", phone="13900000002")
        evening = service.add_shift(db, property_, compound_id=compound, gate="东门",
                                    starts_at=day + timedelta(hours=16), ends_at=day + timedelta(hours=20),
                                    volunteer="王五")
        with pytest.raises(InvalidInput):  # overlapping a shift of the same gate
            service.add_shift(db, property_, compound_id=compound, gate="东门", starts_at=day + timedelta(hours=10),
                              ends_at=day + timedelta(hours=13), volunteer="赵六")
        with pytest.raises(InvalidInput):  # the early shift has started (it is 09:00)
            service.swap(db, property_, early.id, late.id)
        service.swap(db, property_, late.id, evening.id)
        assert (late.volunteer, late.phone, evening.volunteer, evening.phone) == ("王五", "", "李四", "13900000002")
        assert (late.swapped_with, evening.swapped_with) == (evening.id, late.id)
        assert [s.volunteer for s in service.on_duty_now(db, property_, compound)] == ["张三"]
        clock.set_clock(day + timedelta(hours=12, minutes=5))
        service.check_in(db, property_, late.id)
        clock.set_clock(day + timedelta(hours=21))
        statuses = {row.shift.id: row.status for row in service.rota(db, property_, compound)}
        assert statuses == {early.id: "missed", late.id: "done", evening.id: "missed"}
        assert [s.id for s in service.missed_shifts(db, property_, compound)] == [early.id, evening.id]
        grid2 = persona_in(db, "grid2")
        with pytest.raises(PermissionDenied):  # another grid's worker does not run this compound's rota
            service.rota(db, grid2, compound)
        db.rollback()


def test_a_group_order_from_list_to_receipt_and_its_supplier_workbook(city_url: str, frozen: datetime) -> None:
    with transaction(city_url) as db:
        resident, property_ = persona_in(db, "resident"), persona_in(db, "property")
        person, compound, building = _resident_home(db, resident)
        order = service.create_order(db, property_, building_id=building.id, title="蔬菜套餐接龙",
                                     closes_at=T0 + timedelta(hours=3), drop_point="东门快递柜", supplier="美特好")
        mine = service.add_line(db, resident, order.id, item="蔬菜套餐A", quantity=2)
        neighbour = db.scalar(select(Person).where(Person.building_id == building.id,
                                                   Person.household_id != person.household_id).limit(1))
        if neighbour is not None:
            service.add_line(db, property_, order.id, item="蔬菜套餐A", quantity=1, household_id=neighbour.household_id)
        service.add_line(db, resident, order.id, item="鸡蛋 30枚", quantity=1)
        with pytest.raises(InvalidInput):
            service.mark_arrived(db, property_, order.id)  # still open
        clock.set_clock(T0 + timedelta(hours=3))
        with pytest.raises(InvalidInput):
            service.add_line(db, resident, order.id, item="牛奶", quantity=1)  # closed
        service.mark_arrived(db, property_, order.id)
        assert service.deliver_unit(db, property_, order.id, person.unit_id) >= 2
        service.confirm_receipt(db, resident, mine.id)
        assert mine.received_at is not None
        view = service.order_view(db, resident, order.id)  # a resident sees only their household's lines
        assert {line.household_id for line in view.lines} == {person.household_id}
        book = load_workbook(io.BytesIO(service.export_xlsx(db, property_, order.id)))
        totals = {row[0]: row[1] for row in book["汇总 Totals"].iter_rows(min_row=3, values_only=True)}
        assert totals == {"蔬菜套餐A": 2 + (1 if neighbour is not None else 0), "鸡蛋 30枚": 1}
        assert book["明细 Lines"].max_row == 1 + (3 if neighbour is not None else 2)
        with pytest.raises(PermissionDenied):
            service.export_xlsx(db, resident, order.id)
        db.rollback()


def test_the_platform_offers_no_action_that_seals_a_unit_or_home_door() -> None:
    """Seed 000: no "一封了之" of unit doors or home doors. No route, CLI command or service does it."""
    from fangkong.web.app import create_app

    app = create_app()
    paths = [getattr(route, "path", "") for route in app.routes]
    assert not [p for p in paths if "seal" in p and ("door" in p or "unit" in p)]
    public = [name for name in dir(service) if not name.startswith("_")]
    assert not [name for name in public if "seal" in name and "door" in name]


def test_the_demo_seeds_support_once_through_the_services(db_url: str) -> None:
    from fangkong.drill.city import generate_city
    from fangkong.drill.support_demo import seed_support

    generate_city(db_url, population=3000, seed=7, replace=False, progress=False)
    clock.set_clock(T0)
    with transaction(db_url) as db:
        seeded = seed_support(db, now=T0)
        assert seeded is not None and seeded.requests == 5 and seeded.vulnerable == 6 and seeded.shifts == 6
    with transaction(db_url) as db:
        assert seed_support(db, now=T0) is None  # once
        resident, volunteer = persona_in(db, "resident"), persona_in(db, "property")
        commander = persona_in(db, "commander")
        states = {row.request.kind: row.request.state for row in service.my_requests(db, resident)}
        assert states == {"medicine": "delivered", "garbage": "in_progress"}
        assert len(service.requests_in_scope(db, volunteer)) == 4
        overdue = [r for r in service.requests_in_scope(db, commander, overdue_only=True)]
        assert [(r.request.kind, r.request.escalation) for r in overdue] == [("food", 1)]
        assert [s.volunteer for s in service.on_duty_now(db, volunteer, volunteer.jurisdiction_id)] == ["王芳"]
    # The operator's sweep from the command line at 10:20: the food request (due 08:45) reaches the street,
    # the regular treatment (due 09:30) the community; repairs (due 11:00) and the rest are not late.
    from typer.testing import CliRunner

    from fangkong.cli import app

    result = CliRunner().invoke(app, ["support", "sweep", "--at", "2022-12-05T10:20", "--database", db_url])
    assert result.exit_code == 0, result.output
    assert "escalated: 2" in result.output
    overview = CliRunner().invoke(app, ["support", "overview", "--database", db_url])
    assert "万柏林区" in overview.output and "open 4" in overview.output
