"""Playwright with Debian's chromium on a phone: after the round's window closed, the sampler's screen
asks what a new tube is for (nothing chosen for them); the late sample for today's round counts for it;
a wrong scan comes out of the tube; a person already sampled today is a warning the sampler confirms.
Screenshots in screenshots/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.testing.models import Sample, Tube
from tests.browser.conftest import PHONE, login
from tests.integration.test_testing_street import NOW, build_late_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def world(city_url: str) -> Any:
    clock.set_clock(NOW)
    yield build_late_world(city_url)
    clock.set_clock(None)


def test_the_late_sample_question_on_a_phone(browser: Any, live_server: str, screenshots: Path,
                                             world: dict[str, Any], city_url: str) -> None:
    clock.set_clock(NOW)
    page = login(browser, live_server, "sampler", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/testing/sample")
    question = page.locator("[data-testid=purpose-question]")
    assert question.is_visible() and "这管是做什么的" in question.inner_text()
    assert page.locator("input[name=purpose]:checked").count() == 0  # never silently attached to nothing
    page.screenshot(path=screenshots / "testing-late-question-phone.png", full_page=True)
    # Starting a tube without an answer: the browser itself asks (required radios); nothing is opened.
    page.fill("[data-testid=tube-input]", "PWLATE01")
    page.click("[data-testid=tube-form] button[type=submit]")
    assert page.locator("[data-testid=person-input]").count() == 0
    page.locator("[data-testid=purpose-late]").click()
    page.locator("label.size-choice", has_text="10合1").click()
    page.click("[data-testid=tube-form] button[type=submit]")
    page.wait_for_selector("[data-testid=person-input]")
    assert "补采" in page.locator("[data-testid=sampler-message]").inner_text()
    for index, number in enumerate(world["numbers"][:2]):
        page.fill("[data-testid=person-input]", number)
        page.press("[data-testid=person-input]", "Enter")
        page.wait_for_function(
            "n => document.querySelector('[data-testid=counter] .counter-n')?.textContent === String(n)",
            arg=index + 1)
    assert "岁）" in page.locator("[data-testid=tube-persons]").inner_text()  # 田*（男，34岁）
    # A wrong scan out of the tube, with a reason.
    page.locator("[data-testid=remove-open]").first.click()
    page.locator("[data-testid=remove-form] select[name=reason]").first.select_option("scanned_twice")
    page.locator("[data-testid=remove-submit]").first.click()
    page.wait_for_function("() => document.querySelector('[data-testid=counter] .counter-n')?.textContent === '1'")
    assert "移除一人" in page.locator("[data-testid=sampler-message]").inner_text()
    page.screenshot(path=screenshots / "testing-late-removed-phone.png", full_page=True)
    # Sampled earlier today: a warning, and the sampler decides.
    page.click("[data-testid=seal]")
    page.wait_for_selector("[data-testid=tube-input]")
    page.fill("[data-testid=tube-input]", "PWLATE02")
    page.locator("[data-testid=purpose-routine]").click()
    page.locator("label.size-choice", has_text="5合1").click()
    page.click("[data-testid=tube-form] button[type=submit]")
    page.wait_for_selector("[data-testid=person-input]")
    page.fill("[data-testid=person-input]", world["numbers"][0])
    page.press("[data-testid=person-input]", "Enter")
    page.wait_for_selector("[data-testid=repeat-confirm]")
    assert "确定要再采一次吗" in page.locator("[data-testid=sampler-message]").inner_text()
    page.screenshot(path=screenshots / "testing-repeat-today-phone.png", full_page=False)
    page.click("[data-testid=repeat-yes]")
    page.wait_for_function("() => document.querySelector('[data-testid=counter] .counter-n')?.textContent === '1'")
    assert page.locator("[data-testid=repeat-confirm]").count() == 0
    with transaction(city_url) as db:
        rows = db.execute(select(Sample.round_id).join(Tube, Tube.id == Sample.tube_id)
                          .where(Tube.barcode == "PWLATE01")).scalars().all()
    assert rows == [world["round"]]  # the late sample counts for the closed round
    real = [e for e in page.console_errors if "status of 4" not in e]
    assert not real, real
    page.context.close()
