"""Playwright with Debian's chromium on a phone-sized window: a resident of a sealed building asks for
medicine; the property company's volunteer accepts and delivers; the resident confirms; a medical
emergency from the same building escalates at once and shows on the commander's page. Screenshots of the
support pages go to screenshots/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fangkong.core import clock
from fangkong.drill.demo import DEMO_PASSWORD
from tests.browser.conftest import PHONE, login
from tests.integration.test_support_pages import T0, seal_resident_building

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sealed(city_url: str) -> None:
    seal_resident_building(city_url)


def _no_errors(page: Any) -> None:
    real = [e for e in page.console_errors if "status of 4" not in e]
    assert not real, real


def test_medicine_then_an_emergency_on_a_phone(browser: Any, live_server: str, screenshots: Path,
                                               sealed: None) -> None:
    clock.set_clock(T0)
    resident = login(browser, live_server, "resident", DEMO_PASSWORD, viewport=PHONE)
    resident.goto(f"{live_server}/support")
    resident.wait_for_url(f"{live_server}/support/me")
    resident.screenshot(path=screenshots / "support-resident-ask-phone.png", full_page=True)
    resident.locator("label.kind-choice", has_text="买药").click()
    resident.fill("[data-testid=text]", "硝苯地平缓释片 两盒")
    resident.click("[data-testid=ask]")
    card = resident.locator("[data-testid=request]").first
    assert "硝苯地平缓释片" in card.inner_text() and "待接单" in card.inner_text() and "封控中" in card.inner_text()
    timer = card.locator("[data-testid=timer]")
    assert "剩余" in timer.inner_text()  # the script has replaced the deadline with a countdown
    resident.screenshot(path=screenshots / "support-resident-waiting-phone.png", full_page=True)
    _no_errors(resident)

    volunteer = login(browser, live_server, "property", DEMO_PASSWORD, viewport=PHONE)
    volunteer.goto(f"{live_server}/support/tasks")
    task = volunteer.locator("[data-testid=request]", has_text="硝苯地平缓释片")
    task.locator("[data-testid=accept]").click()
    task = volunteer.locator("[data-testid=request]", has_text="硝苯地平缓释片")
    assert "已接单" in task.inner_text()
    task.locator("[data-testid=note]").fill("已送至门口并电话告知")
    volunteer.screenshot(path=screenshots / "support-volunteer-tasks-phone.png", full_page=True)
    task.locator("[data-testid=deliver]").click()
    volunteer.wait_for_selector("[data-testid=flash]")
    assert "已送达" in volunteer.locator("[data-testid=flash]").inner_text()
    _no_errors(volunteer)

    resident.goto(f"{live_server}/support/me")
    card = resident.locator("[data-testid=request]", has_text="硝苯地平缓释片")
    assert "已送至门口并电话告知" in card.inner_text()
    card.locator("[data-testid=confirm]").click()
    card = resident.locator("[data-testid=request]", has_text="硝苯地平缓释片")
    assert "已确认" in card.inner_text()

    resident.locator("label.kind-choice", has_text="急危重症").click()
    resident.fill("[data-testid=text]", "老人突发胸痛")
    resident.click("[data-testid=ask]")
    assert "已上报区级值班" in resident.locator("[data-testid=flash]").inner_text()
    emergency = resident.locator("[data-testid=request]", has_text="老人突发胸痛")
    assert "已升级至区" in emergency.inner_text()
    resident.screenshot(path=screenshots / "support-resident-emergency-phone.png", full_page=True)

    commander = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=PHONE)
    commander.goto(f"{live_server}/support")
    commander.wait_for_url(f"{live_server}/support/overview")
    live = commander.locator("[data-testid=emergencies]")
    assert "老人突发胸痛" in live.inner_text() and "已升级至区" in live.inner_text()
    assert "电子二所家属楼" in commander.locator("[data-testid=unplanned]").inner_text()
    commander.screenshot(path=screenshots / "support-commander-overview-phone.png", full_page=True)
    _no_errors(commander)
    for page in (resident, volunteer, commander):
        page.context.close()


def test_the_grid_worker_and_the_hotline_in_english(browser: Any, live_server: str, screenshots: Path,
                                                    sealed: None, city_url: str) -> None:
    from sqlalchemy import select

    from fangkong.core.db import transaction
    from fangkong.core.models import Account
    from fangkong.registry.models import Person

    clock.set_clock(T0)
    with transaction(city_url) as db:
        account = db.scalar(select(Account).where(Account.username == "resident"))
        number = db.get(Person, account.person_id).id_number
    grid = login(browser, live_server, "grid", DEMO_PASSWORD, viewport=PHONE, lang="en")
    grid.goto(f"{live_server}/support/grid")
    grid.locator("summary", has_text="Add a category").click()
    grid.fill("input[name=person]:visible", number)
    grid.select_option("select[name=category]:visible", "living_alone")
    grid.click("details[open] button[type=submit]")
    grid.wait_for_selector("[data-testid=flash]")
    person = grid.locator("[data-testid=vulnerable-person]").first
    assert "Living alone" in person.inner_text() and "Sealed" in person.inner_text()
    assert "Not checked today" in person.inner_text()
    person.locator("select[name=outcome]").select_option("well")
    person.locator(".check-form button").click()
    grid.wait_for_selector("[data-testid=flash]")
    assert "Checked: Knock · Well" in grid.locator("[data-testid=vulnerable-person]").first.inner_text()
    grid.screenshot(path=screenshots / "support-grid-phone-en.png", full_page=True)
    _no_errors(grid)

    hotline = login(browser, live_server, "hotline", DEMO_PASSWORD, viewport=PHONE, lang="en")
    hotline.goto(f"{live_server}/support")
    hotline.wait_for_url(f"{live_server}/support/hotline")
    hotline.fill("[data-testid=id-number]", number)
    hotline.click("[data-testid=find]")
    caller = hotline.locator("[data-testid=caller]")
    assert number not in caller.inner_text() and "*" in caller.inner_text()  # masked
    caller.locator("[data-testid=kind]").select_option("repairs")
    caller.locator("[data-testid=text]").fill("Heating pipe leaking")
    caller.locator("[data-testid=file]").click()
    assert "Request" in hotline.locator("[data-testid=flash]").inner_text()
    assert "Heating pipe leaking" in hotline.locator("[data-testid=request]").first.inner_text()
    hotline.screenshot(path=screenshots / "support-hotline-phone-en.png", full_page=True)
    _no_errors(hotline)
    for page in (grid, hotline):
        page.context.close()
