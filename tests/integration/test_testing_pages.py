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
from fastapi.testclient import TestClient
from openpyxl import Workbook
from sqlalchemy import select

from fangkong.core import auth, clock
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service as registry
from fangkong.registry.idnumber import make_number
from fangkong.testing import service as testing
from fangkong.web.app import create_app

NOW = datetime(2022, 11, 30, 10, 0)
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def build_world(url: str, *, barcode_prefix: str = "POOL") -> dict[str, Any]:
    """A community round, a sampling site at the sampler's venue, an air-film lab for the lab
    account, and ten persons of the grid worker's grid with their identity numbers (read in full by
    the commander, with a reason, as the platform allows)."""
    with transaction(url) as db:
        who = {a.username: auth.actor_for(db, a) for a in db.scalars(select(Account))}
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
        sampler = auth.actor_for(db, db.scalars(select(Account).where(Account.username == "sampler")).one())
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


def login(app: FastAPI, username: str) -> tuple[TestClient, str]:
    client = TestClient(app)
    token = CSRF.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
    response = client.post("/login", data={"username": username, "password": DEMO_PASSWORD, "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    home = client.get("/testing", follow_redirects=True)
    return client, CSRF.search(home.text).group(1)  # type: ignore[union-attr]


def test_pool_to_recall_end_to_end(app: FastAPI, world: dict[str, Any], city_url: str) -> None:
    sampler, csrf = login(app, "sampler")
    page = sampler.get("/testing/sample")
    assert page.status_code == 200 and 'data-testid="tube-form"' in page.text and "光华街社区采样点" in page.text

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
        commander = auth.actor_for(db, db.scalars(select(Account).where(Account.username == "commander")).one())
        assert testing.get_tube(db, commander, "POOL0002").members == 0
        assert testing.get_tube(db, commander, "POOL0001").members == 10

    send_to_lab(city_url, world, ["POOL0001"])
    clock.set_clock(NOW + timedelta(hours=1))  # the lab works an hour later
    lab, lab_csrf = login(app, "lab")
    lab_page = lab.get("/testing/lab")
    assert lab_page.status_code == 200 and 'data-testid="batch"' in lab_page.text
    batch_id = re.search(r"/testing/lab/batches/(\d+)/receive", lab_page.text).group(1)  # type: ignore[union-attr]
    received = lab.post(f"/testing/lab/batches/{batch_id}/receive", data={"csrf_token": lab_csrf})
    assert received.status_code == 200 and "已签收 1 管" in received.text

    tested = NOW + timedelta(minutes=40)
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

    commander_client, _c = login(app, "commander")
    recalls = commander_client.get("/testing/recalls")
    assert recalls.status_code == 200 and recalls.text.count('data-testid="recall"') == 10
    for pid in world["persons"]:
        assert f'data-person="{pid}"' in recalls.text

    grid, grid_csrf = login(app, "grid")
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
    assert saved.status_code == 200 and "已登记门上纸条" in saved.text and 'data-testid="door-note"' in saved.text
    no_csrf = grid.post(f"/testing/rounds/{world['round']}/households/{household.group(1)}/door-note",
                        data={"persons_on_note": "3"}, follow_redirects=False)
    assert no_csrf.status_code == 403

    # The members' codes carry the reason "pool positive" (codes domain).
    from fangkong.codes import service as codes

    with transaction(city_url) as db:
        commander = auth.actor_for(db, db.scalars(select(Account).where(Account.username == "commander")).one())
        view = codes.current_code(db, commander, world["persons"][0])
        assert "pool_positive" in {r.rule for r in view.reasons}, view


def test_coverage_dashboard_drills_down(app: FastAPI, world: dict[str, Any]) -> None:
    client, _csrf = login(app, "commander")
    rounds = client.get("/testing/rounds")
    assert rounds.status_code == 200 and f'/testing/rounds/{world["round"]}' in rounds.text
    page = client.get(f"/testing/rounds/{world['round']}")
    assert page.status_code == 200 and 'data-testid="coverage-row"' in page.text
    link = re.search(rf'href="/testing/rounds/{world["round"]}\?place=(\d+)" data-testid="coverage-row"', page.text)
    depth = 0
    while link is not None and depth < 6:  # district → street → community → grid → building → unit
        page = client.get(f"/testing/rounds/{world['round']}?place={link.group(1)}")
        assert page.status_code == 200
        link = re.search(rf'href="/testing/rounds/{world["round"]}\?place=(\d+)" data-testid="coverage-row"',
                         page.text)
        depth += 1
    assert depth == 6 and "室" in page.text  # households at the bottom


def test_pages_refuse_the_wrong_roles(app: FastAPI, world: dict[str, Any]) -> None:
    resident, _csrf = login(app, "resident")
    for path in ("/testing/sample", "/testing/lab", "/testing/recalls", "/testing/grid", "/testing/advisor",
                 f"/testing/rounds/{world['round']}"):
        assert resident.get(path).status_code == 403, path
    grid2, _csrf = login(app, "grid2")
    grid_place = world["grid"]
    assert grid2.get(f"/testing/rounds/{world['round']}?place={grid_place}").status_code == 403
    lab, _csrf = login(app, "lab")
    assert lab.get("/testing/grid").status_code == 403
    assert lab.get("/testing/advisor").status_code == 200


def test_turnaround_and_advisor_pages(app: FastAPI, world: dict[str, Any]) -> None:
    client, _csrf = login(app, "commander")
    page = client.get("/testing/turnaround")
    assert page.status_code == 200 and 'data-testid="turnaround-stats"' in page.text
    advice = client.get("/testing/advisor?positive=1&tested=1000")
    assert advice.status_code == 200 and 'data-testid="advisor-size">10 合 1<' in advice.text
    assert client.get("/testing/advisor?positive=x").status_code == 422
    english = client.get("/testing/advisor?positive=1&tested=100000", cookies={"lang": "en"})
    assert "Pool-size advisor" in english.text and "20-in-1" in english.text


def test_json_api_for_the_sampler_and_coverage(app: FastAPI, world: dict[str, Any]) -> None:
    sampler, csrf = login(app, "sampler")
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

    commander, ccsrf = login(app, "commander")
    answer = commander.get(f"/api/testing/rounds/{world['round']}/coverage", headers={"X-CSRF-Token": ccsrf})
    assert answer.status_code == 200
    body = answer.json()
    assert body["total"]["sampled"] >= 1 and body["rows"][0]["level"] == "district"
    assert body["total"]["target"] == body["total"]["sampled"] + body["total"]["missing"] + body["total"]["exempt"]
