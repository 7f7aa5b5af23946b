"""Playwright with Debian's chromium: a sampler fills a 10-in-1 tube on a phone, the lab uploads an
.xlsx with that tube positive, the members' codes say "pool positive", and they appear on the recall
list and on their grid worker's phone page. Between the two the site packs the tube into a box and
sends it to the lab on the transport page. Screenshots of every testing page go to screenshots/."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.drill.demo import DEMO_PASSWORD
from tests.browser.conftest import DESKTOP, PHONE, login
from tests.helpers import persona_in
from tests.integration.test_testing_pages import NOW, build_world, result_xlsx

pytestmark = pytest.mark.browser

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def world(city_url: str) -> Any:
    clock.set_clock(NOW)
    yield build_world(city_url)
    clock.set_clock(None)


def _no_errors(page: Any) -> None:
    real = [e for e in page.console_errors if "status of 4" not in e]  # refusals answer 4xx on purpose
    assert not real, real


def test_pool_positive_reaches_recalls_and_the_grid(browser: Any, live_server: str, screenshots: Path,
                                                     world: dict[str, Any], city_url: str) -> None:
    clock.set_clock(NOW)
    page = login(browser, live_server, "sampler", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/testing/sample")
    page.screenshot(path=screenshots / "testing-sample-start-phone.png", full_page=True)
    page.fill("[data-testid=tube-input]", "PW0001")
    page.locator("label.size-choice", has_text="10合1").click()
    page.click("[data-testid=tube-form] button[type=submit]")
    page.wait_for_selector("[data-testid=person-input]")
    for index, number in enumerate(world["numbers"]):
        page.fill("[data-testid=person-input]", number)
        page.press("[data-testid=person-input]", "Enter")
        if index < 9:
            page.wait_for_function(
                "n => document.querySelector('[data-testid=counter] .counter-n')?.textContent === String(n)",
                arg=index + 1)
            # the scanner's focus stays in the input (testing.js), so the next scan needs no tap
            assert page.evaluate("document.activeElement.dataset.testid") == "person-input"
        if index == 6:
            assert page.locator("[data-testid=counter]").inner_text().replace("\n", "") == "7/10"
            page.screenshot(path=screenshots / "testing-sample-7of10-phone.png", full_page=False)
            box = page.locator("[data-testid=counter]").bounding_box()
            assert box is not None and box["height"] >= 60  # readable at arm's length
    page.wait_for_selector("[data-testid=tube-input]")
    assert "已封管" in page.locator("[data-testid=sampler-message]").inner_text()
    # A duplicate in the next tube is refused with a clear message.
    page.fill("[data-testid=tube-input]", "PW0002")
    page.click("[data-testid=tube-form] button[type=submit]")
    page.wait_for_selector("[data-testid=person-input]")
    page.fill("[data-testid=person-input]", world["numbers"][0])
    page.press("[data-testid=person-input]", "Enter")
    page.wait_for_selector("[data-testid=sampler-message][role=alert]")
    assert "本轮已采样" in page.locator("[data-testid=sampler-message]").inner_text()
    page.screenshot(path=screenshots / "testing-sample-duplicate-phone.png", full_page=False)
    # 送: from the sampling page to the transport page; pack the sealed tube into a box and send it.
    page.click("[data-testid=nav-send]")  # the panel holds PW0002 open; between tubes a link shows too
    page.wait_for_selector("[data-testid=box-form]")
    page.fill("[data-testid=box-scan]", "NOPE0001\nPW0002\n")  # unknown, and a tube still open
    page.click("[data-testid=box-form] button[type=submit]")
    page.wait_for_selector("[data-testid=send-problems]")
    problems = page.locator("[data-testid=send-problems]").inner_text()
    assert "无此试管条码" in problems and "试管未封管" in problems
    page.screenshot(path=screenshots / "testing-send-refused-phone.png", full_page=False)
    page.fill("[data-testid=box-scan]", "pw0001")
    page.click("[data-testid=box-form] button[type=submit]")
    page.wait_for_selector("[data-testid=batch-form]")
    assert "已装箱" in page.locator("[data-testid=send-message]").inner_text()
    page.screenshot(path=screenshots / "testing-send-boxed-phone.png", full_page=True)
    page.select_option("[data-testid=lab-select]", str(world["lab"]))
    page.click("[data-testid=batch-form] button[type=submit]")
    page.wait_for_selector("[data-testid=sent-batch]")
    assert "送往 尖草坪气膜方舱实验室" in page.locator("[data-testid=send-message]").inner_text()
    page.screenshot(path=screenshots / "testing-send-sent-phone.png", full_page=True)
    _no_errors(page)
    page.context.close()

    clock.set_clock(NOW + timedelta(hours=1))
    lab = login(browser, live_server, "lab", DEMO_PASSWORD, viewport=DESKTOP)
    lab.goto(f"{live_server}/testing/lab")
    assert lab.locator("[data-testid=batch]").count() == 1  # the batch the site just sent
    lab.screenshot(path=screenshots / "testing-lab-incoming-desktop.png", full_page=False)
    lab.click("[data-testid=receive]")
    lab.wait_for_selector("[data-testid=lab-message]")
    tested = NOW + timedelta(minutes=70)  # after the lab received the tube (issue 17)
    clock.set_clock(NOW + timedelta(hours=2))
    content = result_xlsx([("PW0001", "阳性", 30.5, 31.8, tested, tested + timedelta(minutes=5))])
    lab.set_input_files("[data-testid=upload-file]", files=[{"name": "结果.xlsx", "mimeType": XLSX, "buffer": content}])
    lab.click("[data-testid=upload-form] button[type=submit]")
    lab.wait_for_selector("[data-testid=upload-done]")
    assert lab.locator("[data-testid=recalls-created]").inner_text() == "10"
    lab.screenshot(path=screenshots / "testing-lab-desktop.png", full_page=True)
    _no_errors(lab)
    lab.context.close()

    # The members' codes carry the reason "pool positive".
    from fangkong.codes import service as codes

    with transaction(city_url) as db:
        commander = persona_in(db, "commander")
        for pid in world["persons"]:
            assert "pool_positive" in {r.rule for r in codes.current_code(db, commander, pid).reasons}

    command = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=DESKTOP)
    command.goto(f"{live_server}/testing/recalls")
    assert command.locator("[data-testid=recall]").count() == 10
    command.screenshot(path=screenshots / "testing-recalls-desktop.png", full_page=True)
    command.goto(f"{live_server}/testing/rounds/{world['round']}")
    command.screenshot(path=screenshots / "testing-round-desktop.png", full_page=True)
    command.goto(f"{live_server}/testing/rounds/{world['round']}?place={world['grid']}")
    command.screenshot(path=screenshots / "testing-round-grid-desktop.png", full_page=False)
    command.goto(f"{live_server}/testing/turnaround")
    command.screenshot(path=screenshots / "testing-turnaround-desktop.png", full_page=True)
    command.goto(f"{live_server}/testing/advisor?positive=3&tested=20000")
    command.screenshot(path=screenshots / "testing-advisor-desktop.png", full_page=True)
    _no_errors(command)
    command.context.close()

    grid = login(browser, live_server, "grid", DEMO_PASSWORD, viewport=PHONE)
    grid.goto(f"{live_server}/testing/grid")
    recalls = grid.locator("[data-testid=grid-recalls] [data-testid=recall]")
    assert recalls.count() == 10
    shown = {int(recalls.nth(i).get_attribute("data-person") or 0) for i in range(recalls.count())}
    assert shown == set(world["persons"])
    grid.screenshot(path=screenshots / "testing-grid-phone.png", full_page=False)
    household = grid.locator("[data-testid=missing-household]").first
    household.locator("[data-testid=door-note-open]").click()
    household.locator("[data-testid=door-note-form] input[name=persons_on_note]").fill("3")
    household.screenshot(path=screenshots / "testing-grid-door-note-phone.png")
    household.locator("[data-testid=door-note-form] button[type=submit]").click()
    grid.wait_for_selector("[data-testid=flash]")
    assert "门上纸条" in grid.locator("[data-testid=flash]").inner_text()
    grid.goto(f"{live_server}/testing/advisor")
    grid.screenshot(path=screenshots / "testing-advisor-phone.png", full_page=True)
    grid.goto(f"{live_server}/testing/rounds/{world['round']}")
    grid.screenshot(path=screenshots / "testing-round-phone.png", full_page=True)
    _no_errors(grid)
    grid.context.close()
