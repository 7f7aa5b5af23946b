"""The audit log in words (issue 17): sentences naming who did what to whom (masked, with the door), the
system's jobs as such, searched by person (name or identity number), actor, kind and time, exported to
.xlsx, one language at a time. Both databases."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import select

from fangkong.core.db import transaction
from fangkong.core.models import AuditEntry
from fangkong.core.scope import Actor
from fangkong.drill.demo import load_history
from fangkong.registry import service
from fangkong.registry.idnumber import mask_name
from fangkong.registry.models import Person
from fangkong.web.app import create_app
from tests.helpers import csrf_of, login, page_shows, page_text

REASON = "电话核实今日采样情况"


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    load_history(city_url)  # the demo's notices and cases, as system jobs
    return create_app(city_url)


@pytest.fixture(scope="module")
def seen(app: FastAPI, city_url: str, grid_worker: Actor) -> dict[str, str]:
    """The grid worker opens one of their residents in full, with a reason: what the log must tell."""
    with transaction(city_url) as db:
        _total, households = service.households_of(db, grid_worker, grid_worker.jurisdiction_id or 0, limit=3)
        member = next(h for h in households if h.members).members[0]
        person = db.get(Person, member.id)
        assert person is not None
        facts = {"id": str(person.id), "name": person.name, "id_number": person.id_number,
                 "masked": mask_name(person.name)}
    grid = login(app, "grid")
    response = grid.post(f"/registry/persons/{facts['id']}/full",
                         data={"reason": REASON, "csrf_token": csrf_of(grid, f"/registry/persons/{facts['id']}")})
    page_shows(response, facts["id_number"])  # the full record was shown (and audited)
    return facts


def search(client: TestClient, **fields: str):  # noqa: ANN201 - an httpx response
    """The audit search as the form sends it: a POST (a name or number never in a URL), then its page."""
    response = client.post("/audit", data={**fields, "csrf_token": csrf_of(client, "/audit")},
                           follow_redirects=False)
    assert response.status_code == 303, response.text[:500]
    location = response.headers["location"]
    for value in fields.values():
        assert fields.get("person") != value or value not in location  # ids, not the number or name
    return client.get(location)


@pytest.fixture(scope="module")
def auditor_client(app: FastAPI) -> Iterator[TestClient]:
    yield login(app, "auditor")


def _table(text: str) -> list[str]:
    """The lines of the results table (after its header), not the form's or the menu's."""
    return text.split("\n经过\n事由\n", 1)[-1].split("\n")


def test_a_full_read_is_told_in_words_and_found_by_the_persons_name(auditor_client: TestClient,
                                                                       seen: dict[str, str]) -> None:
    response = search(auditor_client, person=seen["name"])
    text = page_shows(response, "网格员 光华街社区网格员（演示） 查看了", "的完整信息", REASON,
                      testids=["audit-person-found", "audit-sentence"], absent=[seen["id_number"]])
    sentence = next(line for line in text.split("\n") if "的完整信息" in line)
    assert f"{seen['masked']}（户 " in sentence and "室）" in sentence, sentence
    assert seen["name"] not in sentence or len(seen["name"]) == 1
    for raw in ("read_full", "household_list", '{"'):
        assert raw not in text.split("记录原文")[0], f"{raw!r} shown outside the stored record"
    assert f'href="/registry/persons/{seen["id"]}"' not in response.text  # an auditor has no registry pages


def test_the_same_search_by_identity_number_and_in_english(auditor_client: TestClient,
                                                           seen: dict[str, str]) -> None:
    auditor_client.cookies.set("lang", "en")
    try:
        response = search(auditor_client, person=seen["id_number"])
    finally:
        auditor_client.cookies.set("lang", "zh")
    text = page_shows(response, "Grid worker", "viewed the full record of", f"{seen['masked']} (household ",
                      testids=["audit-person-found"], absent=[seen["id_number"]])
    assert "查看了" not in text and "网格员 " not in text


def test_an_unknown_person_is_said_so(auditor_client: TestClient) -> None:
    page_shows(search(auditor_client, person="无此人某某"), "没有找到此人",
               testids=["audit-person-none"])


def test_system_jobs_are_named_as_such_not_as_the_commander(auditor_client: TestClient) -> None:
    text = page_shows(auditor_client.get("/audit", params={"kind": "system"}), "系统任务 demo history",
                      testids=["audit-table"])
    rows = [line for line in _table(text) if line.startswith(("系统任务", "指挥"))]
    assert rows and all(line.startswith("系统任务") for line in rows)
    assert "记录了风险区通告" in text


def test_search_by_actor_kind_and_time(auditor_client: TestClient, seen: dict[str, str]) -> None:
    text = page_shows(auditor_client.get("/audit", params={"actor": "光华街社区网格员", "kind": "read_full"}),
                      "查看完整信息", testids=["audit-table"])
    who = [line for line in _table(text) if line.startswith(("网格员", "督查", "系统任务", "指挥"))]
    assert who and all(line.startswith("网格员 光华街社区网格员") for line in who)
    later = auditor_client.get("/audit", params={"actor": "grid", "since": "2099-01-01 00:00"})
    page_shows(later, "没有符合条件的记录")
    page_shows(auditor_client.get("/audit", params={"actor": "nobody-at-all"}), "没有找到此操作人")


def test_the_search_exports_to_a_workbook_masked_and_audited(auditor_client: TestClient, city_url: str,
                                                             seen: dict[str, str]) -> None:
    page = search(auditor_client, person=seen["name"])
    export = re.search(r'href="(/audit/export.xlsx[^"]*)"', page.text)
    assert export and seen["id_number"] not in export.group(1)
    response = auditor_client.get(export.group(1).replace("&amp;", "&"))
    assert response.status_code == 200 and response.content[:2] == b"PK"
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "审计日志" and "姓名已部分隐藏" in str(values[1][0])
    assert values[2] == ["时间", "用户", "用户名", "操作类型", "经过", "事由"]
    full = [row for row in values[3:] if row[3] == "查看完整信息"]
    assert full and full[0][5] == REASON and f"{seen['masked']}（户 " in full[0][4]
    assert not any(seen["id_number"] in str(cell) for row in values for cell in row)
    with transaction(city_url) as db:
        last = db.scalars(select(AuditEntry).where(AuditEntry.action == "export",
                                                   AuditEntry.subject_type == "audit_log")).all()
    assert last and last[-1].username == "auditor"


def test_the_log_and_its_export_are_refused_to_a_grid_worker(app: FastAPI) -> None:
    grid = login(app, "grid")
    assert grid.get("/audit/export.xlsx").status_code == 403
    assert "无权查看审计日志" in page_text(grid.get("/audit", params={"person": "张三"}).text)
