"""A household's point-to-point transfer to a quarantine hotel, through the pages: the transfer staff
make the batch and drive it to its destination (arrival elsewhere refused), the allocation puts the
household together in a family room, the staff record a daily check and the tests, the resident fills
their own check on the phone, the stay is released with its PDF notice, and the resident's code follows
(red in centralised quarantine, yellow in the home health monitoring that opens by itself)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.core.scope import system_actor
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.isolation import service as isolation
from fangkong.isolation.models import QuarantineStay, StayTest
from fangkong.registry import idnumber
from fangkong.registry import service as registry
from fangkong.registry.models import Person
from tests.browser.conftest import PHONE, login

pytestmark = pytest.mark.browser

T0 = datetime(2022, 8, 10, 9, 0)  # ninth edition: 7 days centralised + 3 days home monitoring
COMMANDER = system_actor("browser test")


@pytest.fixture(scope="module")
def world(city_url: str) -> Any:
    clock.set_clock(T0)
    with transaction(city_url) as db:
        resident = db.scalar(select(Account.person_id).where(Account.username == "resident"))
        household = db.get(Person, resident).household_id
        # A household of three: the resident, a spouse and a child of eight (synthetic numbers).
        births = [date(1970, 3, 14), date(2014, 5, 1)]
        for index, (birth, name) in enumerate(zip(births, ["郝淑珍", "萧小雨"], strict=True)):
            if db.scalar(select(func.count()).select_from(Person).where(Person.household_id == household)) < 3:
                registry.create_person(db, COMMANDER, id_number=idnumber.make_number("140109", birth, 981 + index),
                                       name=name, household_id=household)
        members = list(db.scalars(select(Person).where(Person.household_id == household).order_by(Person.id)))
        # The quarantine staff's own site (its venue is theirs): they read its guests (docs/security.md).
        own_venue = db.scalar(select(Account.venue_id).where(Account.username == "quarantine"))
        site = isolation.create_site(db, COMMANDER, name="迎泽宾馆隔离点", kind="hotel", state="requisitioned",
                                     address="迎泽大街189号", venue_id=own_venue)
        other = isolation.create_site(db, COMMANDER, name="晋祠山庄隔离点", kind="hotel", state="requisitioned")
        for floor in (2, 3):
            for number in range(1, 7):
                isolation.add_room(db, COMMANDER, site.id, number=f"{floor}{number:02d}", floor=floor,
                                   beds=3 if number <= 2 else 1, family=number <= 2, accessible=number == 6)
        world = {"site": site.id, "other": other.id, "resident": resident,
                 "members": [(m.id, m.id_number, m.name) for m in members]}
    yield world
    clock.set_clock(None)


def _no_errors(page: Any) -> None:
    real = [e for e in page.console_errors if "status of 4" not in e]
    assert not real, real


def test_household_transfer_allocation_checks_release_and_code(browser: Any, live_server: str, screenshots: Path,
                                                               world: dict[str, Any], city_url: str) -> None:
    staff = login(browser, live_server, "quarantine", DEMO_PASSWORD)
    staff.goto(f"{live_server}/isolation/transfers")
    form = staff.locator("[data-testid=new-batch]")
    form.locator("textarea[name=persons]").fill("\n".join(number for _id, number, _name in world["members"]))
    form.locator("select[name=origin_kind]").select_option("home")
    form.locator("input[name=origin_text]").fill("光华街社区 电子二所家属楼")
    form.locator("select[name=site_id]").select_option(str(world["site"]))
    form.locator("input[name=vehicle]").fill("晋A·12345")
    form.locator("input[name=driver]").fill("王师傅")
    form.locator("input[name=escort]").fill("李护士")
    form.locator("button[type=submit]").click()
    staff.wait_for_url("**/isolation/transfers/*")
    assert staff.locator("[data-testid=batch-state]").inner_text() == "待发车"
    staff.click("[data-testid=step-dispatched]")
    staff.click("[data-testid=step-picked_up]")

    # The closed loop: an arrival registered at another site is refused.
    staff.evaluate(f"document.querySelector('[data-testid=step-arrived]').form.at_site_id.value = '{world['other']}'")
    staff.click("[data-testid=step-arrived]")
    assert "只能在本批次的目的地" in staff.locator("[data-testid=flash-err]").inner_text()
    staff.click("[data-testid=step-arrived]")
    assert staff.locator("[data-testid=batch-state]").inner_text() == "已到达"

    # The proposal keeps the household together in a family room; the staff confirm it.
    ids = [pid for pid, _number, _name in world["members"]]
    chosen = {pid: staff.locator(f"[data-testid=room-for-{pid}]").input_value() for pid in ids}
    assert len(ids) == 3 and len(set(chosen.values())) == 1 and "" not in chosen.values()
    family_room = staff.locator(f"[data-testid=room-for-{ids[0]}] option:checked").inner_text()
    assert "家庭房" in family_room, family_room
    staff.screenshot(path=str(screenshots / "isolation_allocation.png"), full_page=True)
    staff.click("[data-testid=confirm-allocation]")
    assert f"已入住 {len(ids)} 人" in staff.locator("[data-testid=flash-ok]").inner_text()

    with transaction(city_url) as db:
        stays = {s.person_id: s.id for s in db.scalars(select(QuarantineStay).where(
            QuarantineStay.person_id.in_(ids), QuarantineStay.state == "active"))}
    assert set(stays) == set(ids)
    resident_stay = stays[world["resident"]]

    # The site page: the rooms by floor with the household in its family room, today's tests due.
    staff.goto(f"{live_server}/isolation/sites/{world['site']}")
    assert "第 1 / 7 天" in staff.locator("[data-testid=today]").inner_text()
    assert "今日需检测" in staff.locator("[data-testid=today]").inner_text()
    staff.screenshot(path=str(screenshots / "isolation_site.png"), full_page=True)

    # The staff record today's check (a mood check too) and today's test on the stay page.
    staff.goto(f"{live_server}/isolation/stays/{resident_stay}")
    assert staff.locator("[data-testid=day-counter]").inner_text() == "第 1 / 7 天"
    staff.fill("[data-testid=check-form] input[name=temperature]", "36.6")
    staff.click("[data-testid=check-form] button[type=submit]")
    assert "已提交今日监测" in staff.locator("[data-testid=flash-ok]").inner_text()
    staff.click("[data-testid=record-negative]")
    assert "第 1 天 · 阴性" in staff.locator("[data-testid=test-days]").inner_text()

    # The resident sees their own stay on the phone, with a red code, and fills the daily check.
    resident = login(browser, live_server, "resident", DEMO_PASSWORD, viewport=PHONE)
    resident.goto(f"{live_server}/codes/me")
    assert resident.locator("[data-testid=code-card]").get_attribute("data-colour") == "red"
    resident.goto(f"{live_server}/isolation/me")
    assert resident.locator("[data-testid=day-counter]").inner_text() == "第 1 / 7 天"
    resident.fill("[data-testid=check-form] input[name=temperature]", "38.1")
    resident.click("[data-testid=check-form] button[type=submit]")
    assert "发热" in resident.locator("[data-testid=flash-ok]").inner_text()
    resident.screenshot(path=str(screenshots / "isolation_resident_phone.png"), full_page=True)

    # Day 7: days 2, 3 and 5 were recorded on their days; release is refused until day 7's test.
    clock.set_clock(T0 + timedelta(days=6))
    with transaction(city_url) as db:
        for day in (2, 3, 5):
            isolation.record_test(db, COMMANDER, resident_stay, result="negative", day=day,
                                  sampled_at=T0 + timedelta(days=day - 1))
    staff = login(browser, live_server, "quarantine", DEMO_PASSWORD)  # sessions do not last six days
    staff.goto(f"{live_server}/isolation/stays/{resident_stay}")
    assert staff.locator("[data-testid=day-counter]").inner_text() == "第 7 / 7 天"
    staff.click("[data-testid=release]")
    assert "缺少第 7 天" in staff.locator("[data-testid=flash-err]").inner_text()
    staff.click("[data-testid=record-negative]")
    staff.click("[data-testid=release]")
    assert "居家健康监测 3 天" in staff.locator("[data-testid=flash-ok]").inner_text()
    assert staff.locator("[data-testid=stay-state]").inner_text() == "已转居家"

    pdf = staff.request.get(f"{live_server}/isolation/stays/{resident_stay}/notice.pdf")
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(pdf.body())).pages[0].extract_text()
    text = text.replace("\x00", "").replace(" ", "").replace("\n", "")  # CID text comes out spaced
    name = next(n for pid, _number, n in world["members"] if pid == world["resident"])
    assert "解除隔离告知书" in text and name in text and "居家健康监测3天" in text
    (screenshots / "isolation_release_notice.pdf").write_bytes(pdf.body())

    resident = login(browser, live_server, "resident", DEMO_PASSWORD, viewport=PHONE)
    resident.goto(f"{live_server}/codes/me")
    assert resident.locator("[data-testid=code-card]").get_attribute("data-colour") == "yellow"
    resident.goto(f"{live_server}/isolation/me")
    assert "居家健康监测" in resident.locator("main").inner_text()
    with transaction(city_url) as db:
        assert db.scalar(select(StayTest.result).where(StayTest.stay_id == resident_stay, StayTest.day == 7)) == \
            "negative"
    _no_errors(staff)
    _no_errors(resident)

    # The commander's board: the two still in room 201 are on their last day (leaving today).
    commander = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=PHONE)
    commander.goto(f"{live_server}/isolation/capacity")
    row = commander.locator("[data-testid=board] tr", has_text="迎泽宾馆隔离点").inner_text().split()
    assert row[-6:] == ["12", "11", "1", "0", "2", "0"], row  # rooms, free, occupied, disinfection, leaving
    assert commander.locator("[data-testid=assumptions]").is_visible()
    commander.screenshot(path=str(screenshots / "isolation_capacity_phone.png"), full_page=True)
    _no_errors(commander)
