"""Sampling as it is done on the street (issue 17, item 6), through the sampler's and the lab's pages:
a tube after the round closed asks its purpose and a late sample counts for the round (coverage, the
owed-test facts and the recall list agree); a person already sampled today is a warning the sampler
confirms; a wrong scan comes out of an open tube with a reason (audited, kept); a result time before
the lab received the tube is refused; an empty file says so. Both databases."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from fangkong.core import audit, clock
from fangkong.core.db import transaction
from fangkong.registry import service as registry
from fangkong.testing import coverage
from fangkong.testing import service as testing
from fangkong.testing.models import Sample, SampleRemoval, Tube
from fangkong.web.app import create_app
from fangkong.web.i18n import LANG_COOKIE
from tests.helpers import csrf_of, demo_cast, login, page_shows, persona_in
from tests.integration.test_testing_pages import result_xlsx

NOW = datetime(2022, 11, 30, 10, 0)
HTMX = {"HX-Request": "true"}


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(autouse=True)
def _frozen() -> Iterator[None]:
    clock.set_clock(NOW)
    yield


@pytest.fixture(scope="module")
def world(city_url: str) -> Iterator[dict[str, Any]]:
    clock.set_clock(NOW)
    yield build_late_world(city_url)
    clock.set_clock(None)


def build_late_world(url: str) -> dict[str, Any]:
    """A community round that closed at 09:00 today, the sampler's site, the lab, and persons of the
    grid worker's grid with their identity numbers (the browser test builds the same)."""
    with transaction(url) as db:
        who = demo_cast(db)
        commander, grid = who["commander"], who["grid"]
        grid_place = registry.get_place(db, commander, grid.jurisdiction_id)  # type: ignore[arg-type]
        rnd = testing.create_round(db, commander, name="光华街社区第2轮全员核酸", kind="district",
                                   starts_at=NOW - timedelta(hours=4), ends_at=NOW - timedelta(hours=1),
                                   place_ids=[grid_place.community_id])  # type: ignore[list-item]
        site = testing.create_site(db, commander, name="光华街社区采样点", place_id=grid_place.community_id,  # type: ignore[arg-type]
                                   venue_id=who["sampler"].venue_id)
        lab = testing.create_lab(db, commander, name="尖草坪气膜方舱实验室", daily_capacity=100_000,
                                 venue_id=who["lab"].venue_id, kind="air_film")
        _total, households = registry.households_of(db, commander, grid_place.id, limit=300)
        persons = [m.id for h in households for m in h.members][:12]
        numbers = [registry.get_person(db, commander, pid, full=True, reason="测试人员").id_number for pid in persons]
    return {"round": rnd.id, "site": site.id, "lab": lab.id, "grid": grid_place.id, "persons": persons,
            "numbers": numbers}


def _audited(db: Any) -> list[dict[str, Any]]:
    """The details of the sampler's audited sample writes."""
    _total, rows = audit.search(db, persona_in(db, "auditor"),
                                audit.AuditQuery(username="sampler", subject_type="sample", limit=100))
    return [json.loads(r.detail) if isinstance(r.detail, str) and r.detail else (r.detail or {}) for r in rows]


def _samples(url: str, person_id: int) -> list[tuple[int | None, str]]:
    with transaction(url) as db:
        rows = db.execute(select(Sample.round_id, Tube.barcode).join(Tube, Tube.id == Sample.tube_id)
                          .where(Sample.person_id == person_id).order_by(Sample.id))
        return [(r, b) for r, b in rows]


def test_a_tube_after_the_round_closed_asks_its_purpose_and_a_late_sample_counts(
        app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    sampler = login(app, "sampler")
    csrf = csrf_of(sampler)
    page = sampler.get("/testing/sample")
    page_shows(page, "现在没有正在采样的轮次。这管是做什么的？",
               "补采：光华街社区第2轮全员核酸（09:00 已结束，计入该轮）", "单人单检（不属于任何轮次）",
               testids=["purpose-question", "purpose-late", "purpose-routine"])
    assert 'name="purpose" value="late:' in page.text
    assert re.search(r'name="purpose"[^>]*checked', page.text) is None  # nothing chosen for the sampler

    # No answer: refused, no tube of nothing is written.
    silent = sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "LATE0001", "pool_size": "10"},
                          headers=HTMX)
    page_shows(silent, "现在没有正在采样的轮次：请选择本管用途", testids=["purpose-question"])
    with transaction(city_url) as db:
        assert db.scalar(select(Tube.id).where(Tube.barcode == "LATE0001")) is None

    opened = sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "LATE0001", "pool_size": "10",
                                                        "purpose": f"late:{world['round']}"}, headers=HTMX)
    page_shows(opened, "补采，计入已结束的轮次", testids=["person-form"])
    added = sampler.post("/testing/sample/person", data={"csrf_token": csrf, "tube": "LATE0001",
                                                         "person": world["numbers"][0]}, headers=HTMX)
    page_shows(added, "（1/10）", testids=["tube-persons"])
    person = world["persons"][0]
    assert _samples(city_url, person) == [(world["round"], "LATE0001")]

    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        grid = persona_in(db, "grid")
        total, _rows = coverage.coverage(db, commander, world["round"], world["grid"])
        assert total.sampled == 1  # counted for the round, not "not sampled"
        owed = {pid for pid, *_rest in db.execute(testing.overdue_test_facts(NOW))}
        assert person not in owed and world["persons"][1] in owed  # the others still owe the round
        _count, recalls = testing.recalls(db, grid, grid_id=world["grid"], state=None)
        assert person not in {r.person.id for r in recalls}  # and not "recalled" either
    grid_page = login(app, "grid").get(f"/testing/grid?round={world['round']}")
    assert grid_page.status_code == 200 and 'data-testid="grid-recalls"' not in grid_page.text

    # A late sample is for today's rounds only, and a round still open needs none.
    again = sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "LATE0002", "pool_size": "10",
                                                       "purpose": "late:999999"}, headers=HTMX)
    page_shows(again, "核酸轮次不存在")
    clock.set_clock(NOW + timedelta(days=1))
    sampler = login(app, "sampler")  # a new day, a new sign-in
    tomorrow = sampler.post("/testing/sample/tube", data={"csrf_token": csrf_of(sampler), "tube": "LATE0003",
                                                          "pool_size": "10", "purpose": f"late:{world['round']}"},
                            headers=HTMX)
    page_shows(tomorrow, "不是今天结束的轮次，不能补采")


def test_a_person_sampled_earlier_today_is_warned_and_the_sampler_decides(
        app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    sampler = login(app, "sampler")
    csrf = csrf_of(sampler)
    number, person = world["numbers"][2], world["persons"][2]
    sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "REP0001", "pool_size": "1",
                                               "purpose": "routine"}, headers=HTMX)
    first = sampler.post("/testing/sample/person", data={"csrf_token": csrf, "tube": "REP0001", "person": number},
                         headers=HTMX)
    page_shows(first, "试管 REP0001 已满 1 人，已封管")
    clock.set_clock(NOW + timedelta(minutes=30))
    sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "REP0002", "pool_size": "5",
                                               "purpose": "routine"}, headers=HTMX)
    warned = sampler.post("/testing/sample/person", data={"csrf_token": csrf, "tube": "REP0002", "person": number},
                          headers=HTMX)
    page_shows(warned, "岁）今天 10:00 已在光华街社区采样点采样。确定要再采一次吗？", "仍然采样", "不采，下一位",
               testids=["repeat-confirm", "repeat-yes", "repeat-no"])
    assert number in warned.text.split('data-testid="repeat-confirm"')[1]  # the confirm re-posts the same scan
    assert _samples(city_url, person) == [(None, "REP0001")]  # nothing stored on the warning

    confirmed = sampler.post("/testing/sample/person", data={"csrf_token": csrf, "tube": "REP0002",
                                                             "person": number, "confirm": "repeat"}, headers=HTMX)
    page_shows(confirmed, "（1/5）", absent=["确定要再采一次吗"])
    assert _samples(city_url, person) == [(None, "REP0001"), (None, "REP0002")]
    with transaction(city_url) as db:
        assert any(d.get("repeat_today") and d.get("tube") == "REP0002" for d in _audited(db))
    skip = sampler.get("/testing/sample?tube=REP0002", headers=HTMX)
    page_shows(skip, testids=["person-form"])


def test_a_wrong_scan_comes_out_of_an_open_tube_with_a_reason(
        app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    sampler = login(app, "sampler")
    csrf = csrf_of(sampler)
    sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "WRONG001", "pool_size": "5",
                                               "purpose": "routine"}, headers=HTMX)
    for number in world["numbers"][4:6]:
        sampler.post("/testing/sample/person", data={"csrf_token": csrf, "tube": "WRONG001", "person": number},
                     headers=HTMX)
    panel = sampler.get("/testing/sample?tube=WRONG001", headers=HTMX)
    page_shows(panel, "移除", "扫错了人", testids=["remove-form"])
    assert panel.text.count('data-testid="tube-person"') == 2
    wrong = world["persons"][5]

    no_reason = sampler.post("/testing/sample/remove", data={"csrf_token": csrf, "tube": "WRONG001",
                                                             "person_id": str(wrong), "reason": ""}, headers=HTMX)
    page_shows(no_reason, "请选择移除原因")
    removed = sampler.post("/testing/sample/remove", data={"csrf_token": csrf, "tube": "WRONG001",
                                                           "person_id": str(wrong), "reason": "wrong_person",
                                                           "note": "扫了家属的码"}, headers=HTMX)
    page_shows(removed, "已从试管 WRONG001 移除一人（现 1/5）")
    assert removed.text.count('data-testid="tube-person"') == 1
    with transaction(city_url) as db:
        tube = db.scalar(select(Tube).where(Tube.barcode == "WRONG001"))
        assert tube is not None and tube.members == 1
        assert db.scalar(select(func.count()).select_from(Sample).where(Sample.tube_id == tube.id)) == 1
        kept = db.scalars(select(SampleRemoval).where(SampleRemoval.tube_id == tube.id)).all()
        assert [(r.person_id, r.reason, r.note, r.removed_by) for r in kept] == [
            (wrong, "wrong_person", "扫了家属的码", "sampler")]
        assert any(d.get("op") == "remove" and d.get("reason") == "wrong_person" for d in _audited(db))
    # The right person goes in; once sealed, nothing comes out.
    sampler.post("/testing/sample/seal", data={"csrf_token": csrf, "tube": "WRONG001"}, headers=HTMX)
    sealed = sampler.post("/testing/sample/remove", data={"csrf_token": csrf, "tube": "WRONG001",
                                                          "person_id": str(world["persons"][4]),
                                                          "reason": "scanned_twice"}, headers=HTMX)
    page_shows(sealed, "已封管，不能再移除")


def test_a_result_time_before_the_lab_received_the_tube_is_refused(
        app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    with transaction(city_url) as db:
        sampler = persona_in(db, "sampler")
        testing.open_tube(db, sampler, barcode="RCV0001", site_id=world["site"], pool_size=1, purpose="routine")
        testing.add_sample(db, sampler, barcode="RCV0001", person_id=world["persons"][8])
        box = testing.box_tubes(db, sampler, site_id=world["site"], barcodes=["RCV0001"])
        batch = testing.send_batch(db, sampler, lab_id=world["lab"], box_ids=[box.id])
    clock.set_clock(NOW + timedelta(hours=2))
    lab = login(app, "lab")
    csrf = csrf_of(lab, "/testing/lab")
    page_shows(lab.post(f"/testing/lab/batches/{batch.id}/receive", data={"csrf_token": csrf}), "已签收 1 管")
    early = result_xlsx([("RCV0001", "阴性", None, None, NOW + timedelta(hours=1), NOW + timedelta(hours=1))])
    refused = lab.post("/testing/lab/upload", data={"csrf_token": csrf},
                       files={"file": ("results.xlsx", early, "application/octet-stream")})
    page_shows(refused, "检测时间早于本实验室签收该管的时间，请核对检测时间", status=422, testids=["upload-errors"])
    with transaction(city_url) as db:
        assert db.scalar(select(Tube.result).where(Tube.barcode == "RCV0001")) is None
    right = result_xlsx([("RCV0001", "阴性", None, None, NOW + timedelta(hours=2), NOW + timedelta(hours=2))])
    page_shows(lab.post("/testing/lab/upload", data={"csrf_token": csrf},
                        files={"file": ("results.xlsx", right, "application/octet-stream")}),
               testids=["upload-done"])


def test_an_empty_file_says_the_file_is_empty(app: FastAPI, world: dict[str, Any]) -> None:
    lab = login(app, "lab")
    csrf = csrf_of(lab, "/testing/lab")
    empty = lab.post("/testing/lab/upload", data={"csrf_token": csrf},
                     files={"file": ("results.csv", b"", "text/csv")})
    page_shows(empty, "文件是空的", status=422, absent=["请选择结果文件"])
    lab.cookies.set(LANG_COOKIE, "en")
    english = lab.post("/testing/lab/upload", data={"csrf_token": csrf},
                       files={"file": ("results.csv", b"\n", "text/csv")})
    page_shows(english, "The file is empty", status=422, absent=["Choose a result file"])
    none = lab.post("/testing/lab/upload", data={"csrf_token": csrf},
                    files={"file": ("", b"", "application/octet-stream")})
    page_shows(none, "Choose a result file", status=422)
    commander = login(app, "commander")
    ccsrf = csrf_of(commander, "/import")
    registry_empty = commander.post("/import", data={"csrf_token": ccsrf, "kind": "persons"},
                                    files={"file": ("persons.csv", b"", "text/csv")})
    page_shows(registry_empty, "文件是空的", status=422)


def test_the_api_warns_of_a_repeat_today_and_takes_a_confirmation(app: FastAPI, world: dict[str, Any],
                                                                  city_url: str) -> None:
    sampler = login(app, "sampler")
    headers = {"X-CSRF-Token": csrf_of(sampler), "Accept-Language": "en"}
    number, person = world["numbers"][10], world["persons"][10]
    assert sampler.post("/api/testing/tubes", json={"barcode": "APIREP01", "pool_size": 1, "purpose": "routine"},
                        headers=headers).status_code == 200
    assert sampler.post("/api/testing/tubes/APIREP01/samples", json={"person": number},
                        headers=headers).status_code == 200
    silent = sampler.post("/api/testing/tubes", json={"barcode": "APIREP02", "pool_size": 5}, headers=headers)
    assert silent.status_code == 422 and "No round is open now" in silent.text  # never a tube of nothing
    sampler.post("/api/testing/tubes", json={"barcode": "APIREP02", "pool_size": 5, "purpose": "routine"},
                 headers=headers)
    warned = sampler.post("/api/testing/tubes/APIREP02/samples", json={"person": number}, headers=headers)
    assert warned.status_code == 422 and "already sampled today" in warned.text
    confirmed = sampler.post("/api/testing/tubes/APIREP02/samples", json={"person": number, "confirm_repeat": True},
                             headers=headers)
    assert confirmed.status_code == 200 and confirmed.json()["tube"]["members"] == 1
    assert [b for _r, b in _samples(city_url, person)] == ["APIREP01", "APIREP02"]


def test_the_purpose_question_in_english(app: FastAPI, world: dict[str, Any]) -> None:
    sampler = login(app, "sampler")
    sampler.cookies.set(LANG_COOKIE, "en")
    page_shows(sampler.get("/testing/sample"), "No round is open now. What is this tube for?",
               "Late sample for 光华街社区第2轮全员核酸 (closed at 09:00; counts for it)", "Single test (no round)",
               absent=["这管是做什么的", "单人单检"])
