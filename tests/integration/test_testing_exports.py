"""Testing lists exported to .xlsx (issue 17): recalls, a round's missing households, overdue tubes. Masked by
default; full numbers only for a role with person.full, by POST with a reason, audited as a full read naming
everyone in the file; the buttons on the pages. Both databases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.models import AuditEntry
from fangkong.registry import idnumber
from fangkong.registry import service as registry
from fangkong.testing import flows
from fangkong.testing import service as testing
from fangkong.web.app import create_app
from tests.helpers import csrf_of, demo_cast, login, page_shows, persona_in, xlsx_rows
from tests.integration.test_testing_pages import result_xlsx

NOW = datetime(2022, 11, 30, 10, 0)
LATER = NOW + timedelta(hours=30)  # the second tube is past its 24 h target by then


@pytest.fixture(scope="module")
def world(city_url: str) -> Iterator[dict[str, Any]]:
    """A community round; ten persons of the first grid in a 10-in-1 tube found positive (ten recalls); two
    more in a tube sent and never answered (overdue by LATER); the rest of the grid missing."""
    clock.set_clock(NOW)
    with transaction(city_url) as db:
        who = demo_cast(db)
        commander, grid, sampler, lab_actor = who["commander"], who["grid"], who["sampler"], who["lab"]
        place = registry.get_place(db, commander, grid.jurisdiction_id)  # type: ignore[arg-type]
        rnd = testing.create_round(db, commander, name="导出测试轮", kind="district",
                                   starts_at=NOW - timedelta(hours=2), ends_at=NOW + timedelta(hours=40),
                                   place_ids=[place.community_id])  # type: ignore[list-item]
        site = testing.create_site(db, commander, name="导出测试采样点", place_id=place.community_id,  # type: ignore[arg-type]
                                   venue_id=sampler.venue_id)
        lab = testing.create_lab(db, commander, name="导出测试实验室", daily_capacity=100_000,
                                 venue_id=lab_actor.venue_id, kind="air_film")
        _total, households = registry.households_of(db, commander, place.id, limit=300)
        persons = [m.id for h in households for m in h.members][:12]
        numbers = {pid: registry.get_person(db, commander, pid, full=True, reason="测试准备").id_number
                   for pid in persons}
        phones = {pid: registry.get_person(db, commander, pid, full=True, reason="测试准备").phone for pid in persons}
        testing.open_tube(db, sampler, barcode="EXPPOOL01", site_id=site.id, round_id=rnd.id, pool_size=10)
        for pid in persons[:10]:
            flows.add_scanned_sample(db, sampler, barcode="EXPPOOL01", person=numbers[pid])
        testing.open_tube(db, sampler, barcode="EXPLATE01", site_id=site.id, round_id=rnd.id, pool_size=10)
        for pid in persons[10:12]:
            flows.add_scanned_sample(db, sampler, barcode="EXPLATE01", person=numbers[pid])
        testing.seal_tube(db, sampler, "EXPLATE01")
        box = testing.box_tubes(db, sampler, site_id=site.id, barcodes=["EXPPOOL01", "EXPLATE01"])
        batch = testing.send_batch(db, sampler, lab_id=lab.id, box_ids=[box.id])
    clock.set_clock(NOW + timedelta(hours=1))
    with transaction(city_url) as db:
        lab_actor = persona_in(db, "lab")
        testing.receive_batch(db, lab_actor, batch.id)
        tested = NOW + timedelta(hours=1, minutes=40)  # after the lab received the tube
        content = result_xlsx([("EXPPOOL01", "阳性", 31.2, 32.5, tested, tested)])
        flows.import_result_file(db, lab_actor, content=content, filename="r.xlsx")
    clock.set_clock(LATER)
    yield {"round": rnd.id, "grid": place.id, "recalled": persons[:10], "late": persons[10:12], "numbers": numbers,
           "phones": phones}
    clock.set_clock(None)


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(autouse=True)
def _later() -> Iterator[None]:
    clock.set_clock(LATER)
    yield


def _exports(city_url: str) -> list[AuditEntry]:
    with transaction(city_url) as db:
        return list(db.scalars(select(AuditEntry).where(AuditEntry.subject_type == "export").order_by(AuditEntry.id)))


def _body(rows: list[list[object]]) -> list[list[object]]:
    """The data rows: after the title, the note and the header."""
    return rows[3:]


def test_the_recall_list_exports_masked_with_a_button_on_its_page(app: FastAPI, world: dict[str, Any],
                                                                  city_url: str) -> None:
    client = login(app, "commander")
    page = client.get("/testing/recalls")
    page_shows(page, "导出 Excel", testids=("export-xlsx", "export-full-form"))
    rows = xlsx_rows(client.get("/testing/recalls/export.xlsx?state=open"))
    assert rows[2][:3] == ["姓名", "身份证号", "手机号"]
    body = _body(rows)
    assert len(body) == 10
    expected = {idnumber.mask_id_number(world["numbers"][pid]) for pid in world["recalled"]}
    assert {row[1] for row in body} == expected
    everything = json.dumps(rows, default=str, ensure_ascii=False)
    for pid in world["recalled"]:
        assert world["numbers"][pid] not in everything
        if world["phones"][pid]:
            assert world["phones"][pid] not in everything
    assert all(row[6] == "EXPPOOL01" and row[4] == "待复采" and str(row[3]).endswith("室") for row in body)
    entry = _exports(city_url)[-1]
    assert entry.action == "read" and entry.subject_id == "recalls" and entry.username == "commander"
    assert json.loads(entry.detail)["rows"] == 10


def test_full_numbers_need_the_permission_and_a_reason_and_are_audited(app: FastAPI, world: dict[str, Any],
                                                                       city_url: str) -> None:
    client = login(app, "commander")
    csrf = csrf_of(client, "/testing/recalls")
    refused = client.post("/testing/recalls/export.xlsx?state=open", data={"csrf_token": csrf, "full": "1"})
    assert refused.status_code == 422 and "事由" in refused.text
    no_csrf = client.post("/testing/recalls/export.xlsx?state=open", data={"full": "1", "reason": "核对"})
    assert no_csrf.status_code == 403
    full = client.post("/testing/recalls/export.xlsx?state=open",
                       data={"csrf_token": csrf, "full": "1", "reason": "交区指挥部核对复采名单"})
    rows = xlsx_rows(full)
    assert {row[1] for row in _body(rows)} == {world["numbers"][pid] for pid in world["recalled"]}
    assert "交区指挥部核对复采名单" in str(rows[1][0])
    entry = _exports(city_url)[-1]
    assert entry.action == "read_full" and entry.reason == "交区指挥部核对复采名单"
    detail = json.loads(entry.detail)
    assert detail["list"] == "recalls" and detail["rows"] == 10
    # A sampler may export the list masked, never in full.
    sampler = login(app, "sampler")
    page = sampler.get("/testing/recalls")
    page_shows(page, testids=("export-xlsx",))
    assert 'data-testid="export-full-form"' not in page.text
    masked = xlsx_rows(sampler.get("/testing/recalls/export.xlsx?state=open"))
    assert _body(masked) and all("*" in str(row[1]) for row in _body(masked))
    denied = sampler.post("/testing/recalls/export.xlsx?state=open",
                          data={"csrf_token": csrf_of(sampler, "/testing/recalls"), "full": "1", "reason": "想看"})
    assert denied.status_code == 403 and "spreadsheetml" not in denied.headers["content-type"]


def test_a_rounds_missing_households_export_lists_every_member_masked(app: FastAPI, world: dict[str, Any],
                                                                     city_url: str) -> None:
    grid = login(app, "grid")
    page = grid.get(f"/testing/rounds/{world['round']}?place={world['grid']}")
    page_shows(page, testids=("missing-export", "export-xlsx"))
    rows = xlsx_rows(grid.get(f"/testing/rounds/{world['round']}/missing.xlsx?place={world['grid']}"))
    assert "导出测试轮" in str(rows[0][0]) and rows[2][0] == "住址"
    body = _body(rows)
    statuses = {row[5] for row in body}
    assert "未采" in statuses and body
    assert all("*" in str(row[3]) and str(row[0]).endswith("室") for row in body)
    everything = json.dumps(rows, default=str, ensure_ascii=False)
    assert not any(number in everything for number in world["numbers"].values())
    # Sampled members of a household with someone missing are listed as sampled, the late tube's included.
    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        late_ids = {registry.get_person(db, commander, pid).id_number for pid in world["late"]}
    assert all(row[5] == "已采" for row in body if row[3] in late_ids)
    # Another grid's worker may not export this grid.
    other = login(app, "grid2")
    assert other.get(f"/testing/rounds/{world['round']}/missing.xlsx?place={world['grid']}").status_code == 403


def test_overdue_tubes_export_and_carry_no_persons(app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    client = login(app, "commander")
    page = client.get("/testing/turnaround")
    page_shows(page, "EXPLATE01", testids=("export-xlsx",))
    assert 'data-testid="export-full-form"' not in page.text
    rows = xlsx_rows(client.get("/testing/turnaround/overdue.xlsx"))
    body = _body(rows)
    late = next(row for row in body if row[0] == "EXPLATE01")
    assert late[2] == "导出测试采样点" and late[3] == "导出测试实验室" and late[4] == 10
    assert float(late[7]) >= 24  # type: ignore[arg-type]
    assert all(row[0] != "EXPPOOL01" for row in body)  # it has its result
    assert _exports(city_url)[-1].subject_id == "overdue_tubes"


def test_a_grid_worker_exports_the_missing_households_in_full_with_a_reason(app: FastAPI, world: dict[str, Any],
                                                                          city_url: str) -> None:
    grid = login(app, "grid")
    path = f"/testing/rounds/{world['round']}/missing.xlsx?place={world['grid']}"
    csrf = csrf_of(grid, f"/testing/rounds/{world['round']}?place={world['grid']}")
    rows = xlsx_rows(grid.post(path, data={"csrf_token": csrf, "full": "1", "reason": "逐户电话通知补采"}))
    body = _body(rows)
    assert body and all(len(str(row[3])) == 18 and "*" not in str(row[3]) for row in body)
    entry = _exports(city_url)[-1]
    detail = json.loads(entry.detail)
    assert entry.action == "read_full" and entry.reason == "逐户电话通知补采" and entry.username == "grid"
    assert detail["list"] == "missing_households" and detail["rows"] == len(body) and detail["persons"]


def test_the_city_wide_recall_list_names_district_and_compound_the_grid_list_only_the_door(
        app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        place = registry.get_place(db, commander, world["grid"])
        district = registry.get_place(db, commander, place.district_id).name  # type: ignore[arg-type]
        ref = registry.household_refs(db, [registry.person_profiles(
            db, commander, {world["recalled"][0]}, purpose="test")[world["recalled"][0]].household_id])
        compound = registry.get_place(db, commander, next(iter(ref.values())).compound_id).name  # type: ignore[arg-type]
    rows = _body(xlsx_rows(login(app, "commander").get("/testing/recalls/export.xlsx?state=open")))
    assert any(str(row[3]).startswith(f"{district} {compound} ") for row in rows)
    page = login(app, "commander").get("/testing/recalls")
    page_shows(page, f"{district} {compound} ")
    grid_page = login(app, "grid").get("/testing/recalls")
    assert f"{district} {compound} " not in grid_page.text
