"""Playwright against the served app and Debian's chromium: what a grid worker sees on a phone, the
refusal of another grid's household, and each main role's home page. Screenshots go to screenshots/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fangkong.core.db import transaction
from fangkong.core.scope import Actor
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service
from tests.browser.conftest import DESKTOP, PHONE, login

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def other_grid_household(city_url: str, commander: Actor, grid_worker: Actor, neighbour_grid_worker: Actor) -> int:
    """A household outside the grid worker's grid, found as the commander would find it."""
    own_grid, other_grid = grid_worker.jurisdiction_id, neighbour_grid_worker.jurisdiction_id
    with transaction(city_url) as db:
        assert other_grid is not None and other_grid != own_grid
        _total, households = service.households_of(db, commander, other_grid, limit=1)
        return households[0].id


def _real_errors(page: Any) -> list[str]:
    # A refused page answers 403 on purpose; chromium logs every non-2xx document as an error.
    return [e for e in page.console_errors if "status of 403" not in e]


def test_grid_worker_on_a_phone(browser: Any, live_server: str, screenshots: Path,
                                other_grid_household: int) -> None:
    page = login(browser, live_server, "grid", DEMO_PASSWORD, viewport=PHONE)
    assert page.locator("h1").inner_text() == "我的网格"
    households = page.locator("[data-testid=household-link]")
    assert households.count() > 0
    assert "*" in households.first.inner_text()  # members are masked
    page.screenshot(path=screenshots / "grid-home-phone.png", full_page=False)

    # The touch targets are big enough for a thumb (at least 48 CSS pixels high).
    box = households.first.bounding_box()
    assert box is not None and box["height"] >= 48 and box["width"] > 300

    households.first.click()
    page.wait_for_selector("[data-testid=members]")
    assert page.locator("[data-testid=member-link]").count() > 0
    page.screenshot(path=screenshots / "grid-household-phone.png", full_page=True)

    page.locator("[data-testid=member-link]").first.click()
    page.fill("textarea[name=reason]", "电话核实采样情况")
    page.click("[data-testid=full-form] button[type=submit]")
    page.wait_for_selector("[data-testid=full-notice]")
    assert "*" not in page.locator("[data-testid=person-id-number]").inner_text()
    page.screenshot(path=screenshots / "grid-person-full-phone.png", full_page=True)

    response = page.goto(f"{live_server}/registry/households/{other_grid_household}")
    assert response is not None and response.status == 403
    message = page.locator("[data-testid=error-message]")
    assert message.is_visible() and message.inner_text() == "不在您的管辖范围内"
    assert page.locator("h1").inner_text() == "无权访问"
    page.screenshot(path=screenshots / "grid-refused-phone.png", full_page=False)
    assert not _real_errors(page), page.console_errors
    page.context.close()


def test_load_more_and_language_switch(browser: Any, live_server: str, screenshots: Path) -> None:
    page = login(browser, live_server, "grid", DEMO_PASSWORD, viewport=PHONE)
    before = page.locator("[data-testid=household-link]").count()
    more = page.locator(".hh-list .more a")
    if more.count():  # HTMX appends the next page in place (and works under the page's CSP)
        more.click()
        page.wait_for_function(f"document.querySelectorAll('[data-testid=household-link]').length > {before}")
        assert page.url == f"{live_server}/"
    page.click("text=EN")
    page.wait_for_selector("h1:has-text('My grid')")
    assert page.locator("html").get_attribute("lang") == "en"
    page.screenshot(path=screenshots / "grid-home-phone-en.png", full_page=False)
    assert not _real_errors(page), page.console_errors
    page.context.close()


@pytest.mark.parametrize(("username", "heading", "viewport"), [
    ("commander", "辖区概况", DESKTOP),
    ("district", "辖区概况", DESKTOP),
    ("resident", "我的信息", PHONE),
    ("auditor", "审计日志", DESKTOP),
    ("sampler", "工作台", PHONE),
])
def test_role_home_pages(browser: Any, live_server: str, screenshots: Path, username: str, heading: str,
                         viewport: dict[str, int]) -> None:
    page = login(browser, live_server, username, DEMO_PASSWORD, viewport=viewport)
    title = page.locator("[data-testid=page-title]")
    assert title.inner_text().startswith(heading)
    assert page.locator("[data-testid=who]").is_visible()
    page.screenshot(path=screenshots / f"home-{username}.png", full_page=True)
    assert not _real_errors(page), page.console_errors
    page.context.close()


def test_login_page(browser: Any, live_server: str, screenshots: Path) -> None:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{live_server}/login")
    assert page.locator(".hint").inner_text() == "演示账号见启动输出"
    page.fill("input[name=username]", "grid")
    page.fill("input[name=password]", "wrong-password")
    page.click("button[type=submit]")
    assert page.locator("[data-testid=login-error]").inner_text() == "用户名或密码错误"
    page.screenshot(path=screenshots / "login-phone.png", full_page=False)
    context.close()
