"""Playwright with Debian's chromium on a phone: the checkpoint's identity-number lane (无健康码通道)
shows a verdict and a colour, never the person's reasons (a declared trip from 北京市朝阳区 makes them
yellow; the checkpoint must not read where they came from). Screenshot in screenshots/."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.drill.demo import DEMO_PASSWORD
from tests.browser.conftest import PHONE, login
from tests.helpers import persona_in
from tests.integration.test_codes_words import NOW, build_words_world

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def world(city_url: str) -> Any:
    clock.set_clock(NOW)
    built = build_words_world(city_url)
    with transaction(city_url) as db:
        codes.declare_arrival(db, persona_in(db, "resident"), person_id=built["person"], from_city="北京市朝阳区",
                              arrival_at=NOW - timedelta(hours=3), risk_level="high")
    yield built
    clock.set_clock(None)


def test_the_checkpoint_id_lane_shows_no_reasons_on_a_phone(browser: Any, live_server: str, screenshots: Path,
                                                            world: dict[str, Any]) -> None:
    clock.set_clock(NOW)
    page = login(browser, live_server, "checkpoint", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/sentinel")
    page.fill("[data-testid=id-number]", world["number"])
    page.click("[data-testid=id-form] button")
    page.wait_for_function("() => !['none','checking'].includes(document.getElementById('verdict').dataset.colour)")
    verdict = page.locator("[data-testid=verdict]")
    verdict.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "sentinel-id-lane-no-reasons-phone.png"), full_page=False)
    assert verdict.get_attribute("data-colour") in ("yellow", "red")
    assert "黄码" in page.locator("[data-testid=verdict-colour]").inner_text() or \
        "红码" in page.locator("[data-testid=verdict-colour]").inner_text()
    shown = page.locator("body").inner_text()
    assert "北京" not in shown and "抵达" not in shown and "未参加" not in shown
    assert not page.console_errors, page.console_errors
    page.context.close()
