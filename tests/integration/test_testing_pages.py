"""Testing pages end to end on a generated city, both databases: a sampler fills a 10-in-1 tube (with
the refusals a queue brings), the lab receives it and uploads results (a bad file refused with its
row report, then a good one, then the same one again), the members show on the recall list and on
their grid worker's page, the grid worker records a door note, the commander drills into coverage."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from openpyxl import Workbook

from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.registry import service as registry
from fangkong.registry.idnumber import make_number
from fangkong.testing import service as testing
from fangkong.web.app import create_app
from tests.helpers import csrf_of, demo_cast, login, page_shows, persona_in

NOW = datetime(2022, 11, 30, 10, 0)


def build_world(url: str, *, barcode_prefix: str = "POOL") -> dict[str, Any]:
    """A community round, a sampling site at the sampler's venue, an air-film lab for the lab
    account, and ten persons of the grid worker's grid with their identity numbers (read in full by
    the commander, with a reason, as the platform allows)."""
    with transaction(url) as db:
        who = demo_cast(db)
        commander, grid = who["commander"], who["grid"]
        grid_place = registry.get_place(db, commander, grid.jurisdiction_id)  # type: ignore[arg-type]
        rnd = testing.create_round(db, commander, name="光华街社区第1轮全员核酸", kind="district",
                                   starts_at=NOW - timedelta(hours=2), ends_at=NOW + timedelta(hours=14),
                                   place_ids=[grid_place.community_id])  # type: ignore[list-item]
        site = testing.create_site(db, commander, name="光华街社区采样点", place_id=grid_place.community_id,  # type: ignore[arg-type]
                                   venue_id=who["sampler"].venue_id)
        lab = testing.create_lab(db, commander, name="尖草坪气膜方舱实验室", daily_capacity=100_000,
                                 venue_id=who["lab"].venue_id, kind="air_film")
        _total, households = registry.households_of(db, commander, grid_place.id, limit=300)
        persons = [m.id for h in households for m in h.members][:11]
        numbers = [registry.get_person(db, commander, pid, full=True, reason="测试人员").id_number for pid in persons]
        return {"round": rnd.id, "site": site.id, "lab": lab.id, "grid": grid_place.id, "persons": persons[:10],
                "numbers": numbers[:10], "spare": numbers[10], "prefix": barcode_prefix}


def send_to_lab(url: str, world: dict[str, Any], barcodes: list[str]) -> None:
    """The site packs the sealed tubes into a box and sends it (the transport step, via the service)."""
    with transaction(url) as db:
        sampler = persona_in(db, "sampler")
        box = testing.box_tubes(db, sampler, site_id=world["site"], barcodes=barcodes)
        testing.send_batch(db, sampler, lab_id=world["lab"], box_ids=[box.id])


def result_xlsx(rows: list[tuple[Any, ...]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["条码", "结果", "ORF1ab Ct", "N Ct", "检测时间", "报告时间"])
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def world(city_url: str) -> Iterator[dict[str, Any]]:
    clock.set_clock(NOW)
    yield build_world(city_url)
    clock.set_clock(None)


@pytest.fixture(autouse=True)
def _frozen() -> Iterator[None]:
    clock.set_clock(NOW)
    yield


def test_pool_to_recall_end_to_end(app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    sampler = login(app, "sampler")
    csrf = csrf_of(sampler)
    page = sampler.get("/testing/sample")
    page_shows(page, "光华街社区采样点", testids=["tube-form"])

    opened = sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "POOL0001", "pool_size": "10",
                                                        "round_id": str(world["round"])})
    assert opened.status_code == 200 and 'data-testid="counter"' in opened.text and ">0</span>" in opened.text
    htmx = {"HX-Request": "true", "X-CSRF-Token": csrf}
    for index, number in enumerate(world["numbers"]):
        answer = sampler.post("/testing/sample/person", data={"tube": "POOL0001", "person": number}, headers=htmx)
        assert answer.status_code == 200
        assert not answer.text.lstrip().startswith("<!doctype")  # HTMX gets the panel only
        if index < 9:
            assert f'<span class="counter-n">{index + 1}</span>' in answer.text
    assert "已满 10 人，已封管" in answer.text  # the tenth swab sealed the tube
    assert 'data-testid="tube-form"' in answer.text  # ready for the next tube

    # A queue's mistakes: each gets a clear message and nothing is stored.
    refused = sampler.post("/testing/sample/person", data={"tube": "POOL0001", "person": world["spare"]},
                           headers=htmx)
    assert "已封管" in refused.text and 'role="alert"' in refused.text
    sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "POOL0002", "pool_size": "10",
                                               "round_id": str(world["round"])})
    again = sampler.post("/testing/sample/person", data={"tube": "POOL0002", "person": world["numbers"][0]},
                         headers=htmx)
    assert "本轮已采样" in again.text
    stranger = make_number("140105", datetime(1990, 1, 1).date(), 987)
    unknown = sampler.post("/testing/sample/person", data={"tube": "POOL0002", "person": stranger}, headers=htmx)
    assert "查无此人" in unknown.text
    reused = sampler.post("/testing/sample/tube", data={"csrf_token": csrf, "tube": "POOL0001", "pool_size": "10"},
                          headers=htmx)
    assert "已使用过" in reused.text
    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        assert testing.get_tube(db, commander, "POOL0002").members == 0
        assert testing.get_tube(db, commander, "POOL0001").members == 10

    send_to_lab(city_url, world, ["POOL0001"])
    clock.set_clock(NOW + timedelta(hours=1))  # the lab works an hour later
    lab = login(app, "lab")
    lab_csrf = csrf_of(lab)
    lab_page = lab.get("/testing/lab")
    assert lab_page.status_code == 200 and 'data-testid="batch"' in lab_page.text
    batch_id = re.search(r"/testing/lab/batches/(\d+)/receive", lab_page.text).group(1)  # type: ignore[union-attr]
    received = lab.post(f"/testing/lab/batches/{batch_id}/receive", data={"csrf_token": lab_csrf})
    page_shows(received, "已签收 1 管")

    tested = NOW + timedelta(minutes=70)  # after the lab received the tube (issue 17)
    clock.set_clock(NOW + timedelta(hours=2))
    bad = result_xlsx([("POOL0001", "阳性", 31.2, 32.5, tested, tested),
                       ("NOSUCH999", "阴性", None, None, tested, None),
                       ("POOL0001x", "也许", None, None, "昨天", None)])
    refused_file = lab.post("/testing/lab/upload", data={"csrf_token": lab_csrf},
                            files={"file": ("results.xlsx", bad, "application/octet-stream")})
    assert refused_file.status_code == 422 and 'data-testid="upload-errors"' in refused_file.text
    assert "整份未导入" in refused_file.text
    good = result_xlsx([("POOL0001", "阳性", 31.2, 32.5, tested, tested + timedelta(minutes=5))])
    imported = lab.post("/testing/lab/upload", data={"csrf_token": lab_csrf},
                        files={"file": ("results.xlsx", good, "application/octet-stream")})
    assert imported.status_code == 200, imported.text
    assert 'data-testid="recalls-created">10<' in imported.text
    repeated = lab.post("/testing/lab/upload", data={"csrf_token": lab_csrf},
                        files={"file": ("results.xlsx", good, "application/octet-stream")})
    assert 'data-testid="upload-duplicate"' in repeated.text

    commander_client = login(app, "commander")
    recalls = commander_client.get("/testing/recalls")
    assert recalls.status_code == 200 and recalls.text.count('data-testid="recall"') == 10
    for pid in world["persons"]:
        assert f'data-person="{pid}"' in recalls.text

    grid = login(app, "grid")
    grid_csrf = csrf_of(grid)
    grid_page = grid.get("/testing/grid")
    assert grid_page.status_code == 200 and 'data-testid="grid-recalls"' in grid_page.text
    assert grid_page.text.count('data-testid="recall"') == 10
    # One of the grid's missing households: the worker reads the door note and records it.
    household = re.search(r'data-testid="missing-household" data-household="(\d+)"', grid_page.text)
    assert household is not None
    saved = grid.post(f"/testing/rounds/{world['round']}/households/{household.group(1)}/door-note",
                      data={"csrf_token": grid_csrf, "persons_on_note": "3",
                            "next": f"/testing/grid?round={world['round']}"},
                      follow_redirects=True)
    page_shows(saved, "已登记门上纸条", testids=["door-note"])
    no_csrf = grid.post(f"/testing/rounds/{world['round']}/households/{household.group(1)}/door-note",
                        data={"persons_on_note": "3"}, follow_redirects=False)
    assert no_csrf.status_code == 403

    # The members' codes carry the reason "pool positive" (codes domain).
    from fangkong.codes import service as codes

    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        view = codes.current_code(db, commander, world["persons"][0])
        assert "pool_positive" in {r.rule for r in view.reasons}, view


def test_coverage_dashboard_drills_down(app: FastAPI, world: dict[str, Any]) -> None:
    client = login(app, "commander")
    rounds = client.get("/testing/rounds")
    assert rounds.status_code == 200 and f'/testing/rounds/{world["round"]}' in rounds.text
    page = client.get(f"/testing/rounds/{world['round']}")
    assert page.status_code == 200 and 'data-testid="coverage-row"' in page.text
    link = re.search(rf'href="/testing/rounds/{world["round"]}\?place=(\d+)" data-testid="coverage-row"', page.text)
    depth = 0
    while link is not None and depth < 6:  # district → street → community → grid → building → unit
        page = client.get(f"/testing/rounds/{world['round']}?place={link.group(1)}")
        page_shows(page, "光华街社区第1轮全员核酸")
        link = re.search(rf'href="/testing/rounds/{world["round"]}\?place=(\d+)" data-testid="coverage-row"',
                         page.text)
        depth += 1
    assert depth == 6 and "室" in page.text  # households at the bottom


def test_a_large_grid_is_walked_building_by_building(app: FastAPI, world: dict[str, Any],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Past GRID_PAGE_HOUSEHOLDS the grid page lists its buildings (missing counts) instead of every
    household; a building lists its households, and a form saved there comes back to it."""
    from fangkong.testing import pages as testing_pages

    monkeypatch.setattr(testing_pages, "GRID_PAGE_HOUSEHOLDS", 2)
    grid = login(app, "grid")
    grid_csrf = csrf_of(grid)
    top = grid.get("/testing/grid")
    assert top.status_code == 200 and 'data-testid="missing-household"' not in top.text
    chips = re.findall(r'href="/testing/grid\?round=(\d+)&place=(\d+)" data-testid="grid-place">\s*'
                       r'<span>([^<]+)</span> <span[^>]*>(\d+) 人未采', top.text)
    assert chips and all(int(missing) > 0 for *_rest, missing in chips)
    total_missing = int(re.search(r'data-testid="grid-missing">(\d+)<', top.text).group(1))  # type: ignore[union-attr]
    assert sum(int(missing) for *_rest, missing in chips) <= total_missing
    round_id, place_id, name, _missing = chips[0]
    building = grid.get(f"/testing/grid?round={round_id}&place={place_id}")
    page_shows(building, name, testids=["grid-trail"])
    household = re.search(r'data-testid="missing-household" data-household="(\d+)"', building.text)
    assert household is not None
    back = f"/testing/grid?round={round_id}&place={place_id}"
    assert f'name="next" value="{back.replace("&", "&amp;")}"' in building.text
    person = re.search(r'name="person" value="(\d+)"', building.text[household.end():])
    assert person is not None
    saved = grid.post(f"/testing/rounds/{round_id}/households/{household.group(1)}/exemption",
                      data={"csrf_token": grid_csrf, "reason": "away", "person": person.group(1), "next": back},
                      follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith(back + "&saved=exemption")
    # Another grid's building is out of scope.
    assert grid.get(f"/testing/grid?round={round_id}&place=1").status_code == 403


def test_pages_refuse_the_wrong_roles(app: FastAPI, world: dict[str, Any]) -> None:
    resident = login(app, "resident")
    for path in ("/testing/sample", "/testing/lab", "/testing/recalls", "/testing/grid", "/testing/advisor",
                 f"/testing/rounds/{world['round']}"):
        assert resident.get(path).status_code == 403, path
    grid2 = login(app, "grid2")
    grid_place = world["grid"]
    assert grid2.get(f"/testing/rounds/{world['round']}?place={grid_place}").status_code == 403
    lab = login(app, "lab")
    assert lab.get("/testing/grid").status_code == 403
    page_shows(lab.get("/testing/advisor"), "混采规模建议")


def test_turnaround_and_advisor_pages(app: FastAPI, world: dict[str, Any]) -> None:
    client = login(app, "commander")
    page = client.get("/testing/turnaround")
    assert page.status_code == 200 and 'data-testid="turnaround-stats"' in page.text
    advice = client.get("/testing/advisor?positive=1&tested=1000")
    page_shows(advice, "混采规模建议", "10合1")
    assert 'data-testid="advisor-size">10合1<' in advice.text
    assert client.get("/testing/advisor?positive=x").status_code == 422
    english = client.get("/testing/advisor?positive=1&tested=100000", cookies={"lang": "en"})
    assert "Pool-size advisor" in english.text and "20-in-1" in english.text


def test_json_api_for_the_sampler_and_coverage(app: FastAPI, world: dict[str, Any]) -> None:
    sampler = login(app, "sampler")
    csrf = csrf_of(sampler)
    headers = {"X-CSRF-Token": csrf}
    opened = sampler.post("/api/testing/tubes", json={"barcode": "API0001", "pool_size": 5}, headers=headers)
    assert opened.status_code == 200, opened.text
    assert opened.json()["pool_size"] == 5 and opened.json()["round_id"] == world["round"]
    added = sampler.post("/api/testing/tubes/API0001/samples", json={"person": world["spare"]}, headers=headers)
    assert added.status_code == 200, added.text
    assert added.json()["tube"]["members"] == 1 and "*" in added.json()["name"]
    twice = sampler.post("/api/testing/tubes/API0001/samples", json={"person": world["spare"]}, headers=headers)
    assert twice.status_code == 422  # already sampled in this round
    sealed = sampler.post("/api/testing/tubes/API0001/seal", headers=headers)
    assert sealed.status_code == 200 and sealed.json()["state"] == "sealed"
    assert sampler.post("/api/testing/tubes/API0001/seal").status_code == 403  # no CSRF header

    commander = login(app, "commander")
    ccsrf = csrf_of(commander)
    answer = commander.get(f"/api/testing/rounds/{world['round']}/coverage", headers={"X-CSRF-Token": ccsrf})
    assert answer.status_code == 200
    body = answer.json()
    assert body["total"]["sampled"] >= 1 and body["rows"][0]["level"] == "district"
    assert body["total"]["target"] == body["total"]["sampled"] + body["total"]["missing"] + body["total"]["exempt"]


def sealed_tubes(url: str, world: dict[str, Any], barcodes: list[str], *, site_id: int | None = None,
                 seal: bool = True) -> None:
    """Routine tubes of the grid's persons not in the round tests (one swab each), sealed or left open."""
    with transaction(url) as db:
        who = demo_cast(db)
        _total, households = registry.households_of(db, who["commander"], world["grid"], limit=300)
        persons = [m.id for h in households for m in h.members][20:]
        for barcode, person in zip(barcodes, persons, strict=False):
            testing.open_tube(db, who["sampler"], barcode=barcode, site_id=site_id or world["site"], pool_size=5,
                              purpose="routine")
            # the same persons serve several tests of the day: the sampler confirms each repeat
            testing.add_sample(db, who["sampler"], barcode=barcode, person_id=person, confirm_repeat=True)
            if seal:
                testing.seal_tube(db, who["sampler"], barcode)


def tube_states(url: str, barcodes: list[str]) -> dict[str, Any]:
    with transaction(url) as db:
        commander = persona_in(db, "commander")
        return {b: testing.get_tube(db, commander, b) for b in barcodes}


def test_box_and_send_through_the_pages(app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    """采、送: the site packs sealed tubes into boxes and sends them to the lab on /testing/send; each
    wrong scan is refused with its reason and nothing is boxed; the lab sees the batch and signs for it."""
    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        grid_place = registry.get_place(db, commander, world["grid"])
        other = testing.create_site(db, commander, name="另一采样点", place_id=grid_place.community_id)  # type: ignore[arg-type]
    sealed_tubes(city_url, world, ["TR0001", "TR0002", "TR0003"])
    sealed_tubes(city_url, world, ["TR0009"], seal=False)
    sealed_tubes(city_url, world, ["OT0001"], site_id=other.id)
    with transaction(city_url) as db:
        sampler_actor = persona_in(db, "sampler")
        waiting = testing.site_transport(db, sampler_actor, world["site"]).sealed_total
    assert waiting >= 3  # the earlier tests may have left a sealed tube of theirs

    sampler = login(app, "sampler")
    csrf = csrf_of(sampler)
    htmx = {"HX-Request": "true", "X-CSRF-Token": csrf}
    sample = sampler.get("/testing/sample")
    assert 'href="/testing/send"' in sample.text and f"{waiting} 管已封管待装箱" in sample.text
    page = sampler.get("/testing/send")
    assert page.status_code == 200 and 'data-testid="box-form"' in page.text
    for barcode in ("TR0001", "TR0002", "TR0003"):
        assert f'name="tube" value="{barcode}"' in page.text
    assert 'value="TR0009"' not in page.text and 'value="OT0001"' not in page.text  # open; another site's
    assert 'data-testid="batch-form"' not in page.text  # no box to send yet

    # Wrong scans: each listed with its reason, nothing boxed, the good barcode kept for the next try.
    refused = sampler.post("/testing/send/box", data={"barcodes": "TR0001\nNOPE0001\ntr0009\nOT0001"},
                           headers=htmx)
    assert refused.status_code == 200 and not refused.text.lstrip().startswith("<!doctype")
    assert 'role="alert"' in refused.text and "3 支试管不能装箱" in refused.text
    problems = refused.text.split('data-testid="send-problems"')[1].split("</ul>")[0]
    assert "NOPE0001" in problems and "无此试管条码" in problems
    assert "TR0009" in problems and "试管未封管" in problems
    assert "OT0001" in problems and "不是本采样点的试管" in problems
    assert re.search(r'data-testid="box-scan">\s*TR0001\s*</textarea>', refused.text)
    assert tube_states(city_url, ["TR0001"])["TR0001"].state == "sealed"
    english = sampler.post("/testing/send/box", data={"barcodes": "NOPE0001"}, headers=htmx,
                           cookies={"lang": "en"})
    assert "Nothing was boxed: 1 tube cannot" in english.text and "unknown barcode" in english.text
    full_page = sampler.post("/testing/send/box", data={"csrf_token": csrf, "barcodes": "NOPE0001"})
    assert full_page.status_code == 422 and "<!doctype" in full_page.text.lower()
    empty = sampler.post("/testing/send/box", data={"barcodes": " "}, headers=htmx)
    assert "转运箱不能为空" in empty.text

    # Scanned barcodes (any case) and a box label; then the same tube again; then all the rest.
    boxed = sampler.post("/testing/send/box", data={"barcodes": "TR0001\r\ntr0002\n", "box_code": "BOX-A1"},
                         headers=htmx)
    assert "已装箱 BOX-A1：2 管" in boxed.text and 'role="status"' in boxed.text
    assert 'data-testid="batch-form"' in boxed.text and "BOX-A1" in boxed.text
    again = sampler.post("/testing/send/box", data={"barcodes": "TR0002"}, headers=htmx)
    assert "已装入其他转运箱" in again.text
    rest = sampler.post("/testing/send/box", data={"all_sealed": "1"}, headers=htmx)
    assert f"：{waiting - 2} 管" in rest.text and 'data-n="0"' in rest.text
    states = tube_states(city_url, ["TR0001", "TR0002", "TR0003", "TR0009", "OT0001"])
    assert [states[b].state for b in ("TR0001", "TR0002", "TR0003")] == ["boxed"] * 3
    assert states["TR0009"].state == "open" and states["OT0001"].state == "sealed"

    # Send: a lab and at least one box are needed; then both boxes go as one batch, sent now.
    box_ids = re.findall(r'name="box" value="(\d+)"', rest.text)
    assert len(box_ids) == 2
    assert f'<option value="{world["lab"]}" title="日检测能力 100,000 管">尖草坪气膜方舱实验室<' in rest.text
    no_lab = sampler.post("/testing/send/batch", data={"box": box_ids}, headers=htmx)
    assert "请选择检测机构" in no_lab.text
    no_box = sampler.post("/testing/send/batch", data={"lab_id": str(world["lab"])}, headers=htmx)
    assert "请勾选要送出的转运箱" in no_box.text
    sent = sampler.post("/testing/send/batch", data={"box": box_ids, "lab_id": str(world["lab"])}, headers=htmx)
    assert "已于 10:00 送往 尖草坪气膜方舱实验室" in sent.text and f"：{waiting} 管" in sent.text
    assert 'data-testid="sent-batch" data-state="sent"' in sent.text and "运送中" in sent.text
    assert 'data-testid="batch-form"' not in sent.text
    twice = sampler.post("/testing/send/batch", data={"box": box_ids[:1], "lab_id": str(world["lab"])},
                         headers=htmx)
    assert "已送出" in twice.text and 'role="alert"' in twice.text
    states = tube_states(city_url, ["TR0001", "TR0002", "TR0003"])
    assert {(v.state) for v in states.values()} == {"sent"}
    with transaction(city_url) as db:
        sampler_actor = persona_in(db, "sampler")
        batch = testing.site_transport(db, sampler_actor, world["site"]).batches[0]
        assert batch.sent_at == NOW and batch.tubes == waiting and batch.lab_id == world["lab"]

    # The lab sees the batch (tubes, sent time) and signs for it an hour later.
    clock.set_clock(NOW + timedelta(hours=1))
    lab = login(app, "lab")
    lab_csrf = csrf_of(lab)
    lab_page = lab.get("/testing/lab")
    row = lab_page.text.split(batch.code)[1].split("</li>")[0]
    assert f"{waiting} 管 · 2022-11-30 10:00 送出" in row and f"/testing/lab/batches/{batch.id}/receive" in row
    assert re.search(r'data-testid="batch-sites">来自 [^<]*采样点', row), row  # the site it came from
    assert 'data-testid="lab-load"' in lab_page.text and "<meter" in lab_page.text
    received = lab.post(f"/testing/lab/batches/{batch.id}/receive", data={"csrf_token": lab_csrf})
    assert received.status_code == 200 and f"已签收 {waiting} 管" in received.text and batch.code not in received.text
    assert "/ 100,000" in received.text
    states = tube_states(city_url, ["TR0001", "TR0003"])
    assert all(v.state == "received" for v in states.values())
    with transaction(city_url) as db:
        lab_actor = persona_in(db, "lab")
        load = testing.lab_load(db, lab_actor)[0]
        assert load.received >= waiting and load.pending >= waiting
    back = sampler.get("/testing/send")
    assert 'data-testid="sent-batch" data-state="received"' in back.text and "11:00 已签收" in back.text

    # Managers see the labs' load on their testing home; other roles cannot box or send.
    commander_client = login(app, "commander")
    home = commander_client.get("/testing", follow_redirects=True)
    assert 'data-testid="lab-load"' in home.text and "尖草坪气膜方舱实验室" in home.text
    assert lab.post("/testing/send/box", data={"csrf_token": lab_csrf, "barcodes": "TR0009"}).status_code == 403
    resident = login(app, "resident")
    assert resident.get("/testing/send").status_code == 403
