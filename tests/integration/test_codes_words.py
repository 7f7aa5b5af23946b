"""Right words, right eyes (issue 17, item 7), through the pages and the check API on a generated city
under the twenty measures: a missed round is named as a round, not as a key group's test; the code page
shows the test that decides the code; the resident's declaration offers the policy's levels only and can
be corrected or withdrawn within the window, with its history; the checkpoint's identity-number lane
answers a verdict and a colour, never reasons; masked members carry sex and age; the grid worker sees
their own grid's phones without a reason per person (audited as one set). Both databases."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from fangkong.codes import service as codes
from fangkong.codes.models import Declaration
from fangkong.core import audit, clock
from fangkong.core.db import transaction
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service as registry
from fangkong.testing import flows as testing_flows
from fangkong.testing import service as testing
from fangkong.web.app import create_app
from tests.helpers import csrf_of, demo_cast, login, page_shows, persona_in
from tests.integration.test_testing_pages import result_xlsx

NOW = datetime(2022, 12, 2, 10, 0)  # the twenty measures: high risk only, no medium


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
    yield build_words_world(city_url)
    clock.set_clock(None)


def build_words_world(url: str) -> dict[str, Any]:
    """The resident's community had a round that closed at 08:00; a site and a lab; the resident's
    identity number (read by the commander with a reason)."""
    with transaction(url) as db:
        who = demo_cast(db)
        commander, resident = who["commander"], who["resident"]
        me = registry.get_person(db, commander, resident.person_id, full=True, reason="测试")  # type: ignore[arg-type]
        grid = registry.get_place(db, commander, me.grid_id)  # type: ignore[arg-type]
        rnd = testing.create_round(db, commander, name="光华街社区12月2日全员核酸", kind="district",
                                   starts_at=NOW - timedelta(hours=4), ends_at=NOW - timedelta(hours=2),
                                   place_ids=[grid.community_id])  # type: ignore[list-item]
        site = testing.create_site(db, commander, name="光华街社区采样点", place_id=grid.community_id,  # type: ignore[arg-type]
                                   venue_id=who["sampler"].venue_id)
        lab = testing.create_lab(db, commander, name="尖草坪气膜方舱实验室", daily_capacity=100_000,
                                 venue_id=who["lab"].venue_id, kind="air_film")
        codes.recompute(db, now=NOW, person_ids=[me.id])
    return {"person": me.id, "number": me.id_number, "round": rnd.id, "site": site.id, "lab": lab.id,
            "grid": grid.id}


def test_a_resident_who_missed_the_round_is_told_the_round_not_key_group(app: FastAPI, world: dict[str, Any]) -> None:
    page = login(app, "resident").get("/codes/me")
    page_shows(page, "未参加区域核酸检测", "光华街社区12月2日全员核酸", absent=["重点人员"])


def _pool(url: str, world: dict[str, Any], barcode: str, *, sampled: datetime, others: int) -> int:
    """The resident and `others` neighbours in a 10-in-1 pool at `sampled`, sent to the lab: the batch id."""
    with transaction(url) as db:
        who = demo_cast(db)
        sampler = who["sampler"]
        clock.set_clock(sampled)
        testing.open_tube(db, sampler, barcode=barcode, site_id=world["site"], pool_size=10, purpose="routine")
        _total, households = registry.households_of(db, who["commander"], world["grid"], limit=50)
        neighbours = [m.id for h in households for m in h.members if m.id != world["person"]][:others]
        for pid in [world["person"], *neighbours]:
            testing.add_sample(db, sampler, barcode=barcode, person_id=pid, confirm_repeat=True)
        testing.seal_tube(db, sampler, barcode)
        box = testing.box_tubes(db, sampler, site_id=world["site"], barcodes=[barcode])
        return testing.send_batch(db, sampler, lab_id=world["lab"], box_ids=[box.id]).id


def _result(url: str, barcode: str, batch_id: int, result: str, *, tested: datetime) -> None:
    with transaction(url) as db:
        lab = persona_in(db, "lab")
        clock.set_clock(tested - timedelta(minutes=20))
        testing.receive_batch(db, lab, batch_id)
        clock.set_clock(tested + timedelta(minutes=10))
        ct = 30.1 if result == "positive" else None
        content = result_xlsx([(barcode, "阳性" if result == "positive" else "阴性", ct, ct, tested, tested)])
        testing_flows.import_result_file(db, lab, content=content, filename=f"{barcode}.xlsx")


def test_the_code_page_shows_the_test_that_decides_the_code(app: FastAPI, world: dict[str, Any],
                                                            city_url: str) -> None:
    """Sampled in two pools in the morning; the later one comes back negative first, then the earlier one
    positive: the latest sample is the negative one, but the positive pool decides (only a negative
    single tube clears it)."""
    first = _pool(city_url, world, "WORDS001", sampled=NOW - timedelta(hours=1), others=3)
    second = _pool(city_url, world, "WORDS002", sampled=NOW - timedelta(minutes=30), others=2)
    _result(city_url, "WORDS002", second, "negative", tested=NOW + timedelta(hours=1))
    _result(city_url, "WORDS001", first, "positive", tested=NOW + timedelta(hours=3))
    clock.set_clock(NOW + timedelta(hours=4))
    with transaction(city_url) as db:
        codes.recompute(db, now=clock.now(), person_ids=[world["person"]])
    page = login(app, "resident").get("/codes/me")
    page_shows(page, "决定健康码的检测", "混管检测阳性待复核", testids=["latest-test"])
    line = re.search(r'data-testid="latest-test"[^>]*>(.*?)</p>', page.text, re.S)
    assert line is not None and "09:00" in line.group(1)
    assert "阳性" in line.group(1) and "阴性" not in line.group(1) and "10合1" in line.group(1)
    staff = login(app, "epidemiologist").get(f"/codes/persons/{world['person']}")
    assert 'data-decides="1"' in staff.text and "阳性" in staff.text


def test_the_declaration_offers_the_policy_levels_and_keeps_its_history(app: FastAPI, world: dict[str, Any],
                                                                      city_url: str) -> None:
    resident = login(app, "resident")
    page = resident.get("/codes/me")
    page_shows(page, "高风险区", "没有到过风险区", testids=["risk-level"], absent=["中风险", "中高风险"])
    csrf = csrf_of(resident, "/codes/me")
    medium = resident.post("/codes/me/declare", data={"csrf_token": csrf, "from_city": "北京市朝阳区",
                                                      "arrival_at": "2022-12-01T18:00", "risk_level": "medium"})
    page_shows(medium, "现行政策没有这一风险等级", status=422)
    resident.post("/codes/me/declare", data={"csrf_token": csrf, "from_city": "北京市朝阳区",
                                             "arrival_at": "2022-12-01T18:00", "risk_level": "high"})
    with transaction(city_url) as db:
        (first,) = db.scalars(select(Declaration).where(Declaration.person_id == world["person"])).all()
        assert (first.risk_level, first.from_risk_area) == ("high", True)
    listed = resident.get("/codes/me")
    page_shows(listed, "更正或撤回", "24 小时内可以更正或撤回", testids=["correct-form", "withdraw-form"])

    clock.set_clock(NOW + timedelta(hours=1))
    resident.post("/codes/me/declare", data={"csrf_token": csrf, "from_city": "北京市海淀区",
                                             "arrival_at": "2022-12-01T18:00", "risk_level": "",
                                             "replaces": str(first.id)})
    with transaction(city_url) as db:
        rows = db.scalars(select(Declaration).where(Declaration.person_id == world["person"])
                          .order_by(Declaration.id)).all()
        assert [(r.from_city, r.risk_level, r.replaces_id, r.superseded_at is not None) for r in rows] == [
            ("北京市朝阳区", "high", None, True), ("北京市海淀区", None, first.id, False)]
        second = rows[1].id
    history = resident.get("/codes/me")
    assert re.search(r'data-state="corrected"[^>]*>\s*<s>', history.text) and "已于" in history.text

    resident.post(f"/codes/me/declarations/{second}/withdraw", data={"csrf_token": csrf})
    with transaction(city_url) as db:
        withdrawn = db.get(Declaration, second)
        assert withdrawn is not None and withdrawn.withdrawn_by == "resident"
        view = codes.current_code(db, persona_in(db, "epidemiologist"), world["person"])
        assert "landing_test_due" not in {r.rule for r in view.reasons}  # history is not a fact

    resident.post("/codes/me/declare", data={"csrf_token": csrf, "from_city": "上海市浦东新区",
                                             "arrival_at": "2022-12-02T08:00", "risk_level": "high"})
    with transaction(city_url) as db:
        third = db.scalars(select(Declaration.id).where(Declaration.person_id == world["person"])
                           .order_by(Declaration.id.desc())).first()
    clock.set_clock(NOW + timedelta(hours=27))
    late = login(app, "resident")
    refused = late.post(f"/codes/me/declarations/{third}/withdraw", data={"csrf_token": csrf_of(late, "/codes/me")})
    page_shows(refused, "申报后 24 小时内才能更正或撤回", status=422)


def test_the_checkpoint_id_lane_answers_verdict_and_colour_only(app: FastAPI, world: dict[str, Any],
                                                                city_url: str) -> None:
    with transaction(city_url) as db:
        resident = persona_in(db, "resident")
        codes.declare_arrival(db, resident, person_id=world["person"], from_city="北京市朝阳区",
                              arrival_at=NOW - timedelta(hours=3), risk_level="high")
    client = login(app, "checkpoint")
    token = client.post("/api/auth/token", json={"username": "checkpoint", "password": DEMO_PASSWORD})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    body = client.post("/api/codes/check", json={"id_number": world["number"]}, headers=headers).json()
    assert body["colour"] in ("yellow", "red") and body["result"] == "deny"
    said = json.dumps(body, ensure_ascii=False)
    assert "北京" not in said and "抵达" not in said and "混管" not in said and "未参加" not in said
    assert body["reasons"] and all(r.startswith(("黄码", "红码", "无 ")) for r in body["reasons"])
    # Nor may the checkpoint open the person's code page, where the reasons are.
    staff_page = client.get(f"/codes/persons/{world['person']}")
    assert staff_page.status_code in (403, 404) and "北京" not in staff_page.text
    # The epidemiologist (and the person) see the reasons.
    page_shows(login(app, "epidemiologist").get(f"/codes/persons/{world['person']}"), "自北京市朝阳区抵达")
    page_shows(login(app, "resident").get("/codes/me"), "自北京市朝阳区抵达")


def test_masked_members_carry_sex_and_age(app: FastAPI, world: dict[str, Any]) -> None:
    grid = login(app, "grid")
    page = grid.get(f"/registry/places/{world['grid']}/households")
    text = page_shows(page, testids=["household-link"])
    labels = re.findall(r"[\u4e00-\u9fff]\*[\u4e00-\u9fff]?（[男女]，\d+岁）", text)
    assert len(labels) >= 10, text[:500]
    english = login(app, "grid")
    english.cookies.set("lang", "en")
    assert re.search(r"\* \((male|female), \d+\)", english.get(f"/registry/places/{world['grid']}/households").text)


def test_the_grid_worker_sees_their_grid_phones_audited_as_one_set(app: FastAPI, world: dict[str, Any],
                                                                   city_url: str) -> None:
    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        _total, households = registry.households_of(db, commander, world["grid"], limit=5)
        household = next(h for h in households if len(h.members) >= 2)
        phones = {m.id: registry.get_person(db, commander, m.id, full=True, reason="测试").phone
                  for m in household.members}
    page = login(app, "grid").get(f"/registry/households/{household.id}")
    text = page_shows(page, *[p for p in phones.values() if p], testids=["member-phone"])
    assert "查看完整信息须填写事由" not in text
    with transaction(city_url) as db:
        _n, rows = audit.search(db, persona_in(db, "auditor"),
                                audit.AuditQuery(username="grid", action="read_full", limit=20))
        shown = [json.loads(r.detail) for r in rows if "grid_phones" in r.detail]
        assert shown and sorted(shown[0]["persons"]) == sorted(p for p, v in phones.items() if v)
        assert rows[0].reason.startswith("网格员联系本网格住户")
    # Others still see them masked: a district official's view of the same household.
    district = login(app, "street").get(f"/registry/households/{household.id}")
    if district.status_code == 200:
        for phone in (p for p in phones.values() if p):
            assert phone not in district.text
    commander_page = login(app, "commander").get(f"/registry/households/{household.id}")
    for phone in (p for p in phones.values() if p):
        assert phone not in commander_page.text


def test_the_declaration_levels_in_english(app: FastAPI, world: dict[str, Any]) -> None:
    resident = login(app, "resident")
    resident.cookies.set("lang", "en")
    page_shows(resident.get("/codes/me"), "high-risk area", "Risk area in the last 7 days", absent=["medium"])
