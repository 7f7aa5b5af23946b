"""Playwright with Debian's chromium on a phone-sized window (issue 17): a resident finds the open sampling
sites near home with hours, the queue estimate and the office's notice of the day; the public page does the
same without a login; a lab reads the recalls its own results caused. Screenshots go to screenshots/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fangkong.core import clock
from fangkong.drill.demo import DEMO_PASSWORD
from tests.browser.conftest import PHONE, login
from tests.integration.test_testing_manage_pages import NOW, sites_world  # noqa: F401  (the module's world)

pytestmark = pytest.mark.browser


def _fits_the_phone(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width} px wide on a {PHONE['width']} px phone"


def test_a_resident_finds_where_to_be_tested_on_a_phone(browser: Any, live_server: str, screenshots: Path,
                                                         sites_world: dict[str, Any]) -> None:  # noqa: F811
    clock.set_clock(NOW)
    page = login(browser, live_server, "resident", DEMO_PASSWORD, viewport=PHONE)
    sites = page.get_by_test_id("sites-near-home")
    sites.scroll_into_view_if_needed()
    assert "市民出门做核酸采样时，记得添衣保暖" in page.get_by_test_id("day-notice").inner_text()
    names = page.get_by_test_id("site-name").all_inner_texts()
    assert names[:2] == ["本社区采样点", "邻街采样点"] and "外区采样点" not in names
    first = page.get_by_test_id("site").first
    assert "开放时间 07:00–19:00" in first.inner_text() and "正在开放" in first.inner_text()
    assert "近半小时采样 12 人" in first.get_by_test_id("site-queue").inner_text()
    assert page.get_by_test_id("site").nth(1).get_by_test_id("site-closed").is_visible()  # the evening site
    _fits_the_phone(page)
    sites.screenshot(path=screenshots / "testing-sites-near-home-phone.png")
    page.screenshot(path=screenshots / "home-resident-sites-phone.png", full_page=True)
    assert page.console_errors == []

    public = browser.new_context(viewport=PHONE, locale="zh-CN").new_page()
    public.goto(f"{live_server}/public/sampling")
    public.select_option("select[name=place]", str(sites_world["district"]))
    public.click("[data-testid=public-sites-form] button[type=submit]")
    public.wait_for_selector("[data-testid=public-sites]")
    assert "本社区采样点" in public.get_by_test_id("site-list").inner_text()
    _fits_the_phone(public)
    public.screenshot(path=screenshots / "public-sampling-phone.png", full_page=True)


def test_a_lab_reads_the_recalls_its_results_caused_on_a_phone(browser: Any, live_server: str, screenshots: Path,
                                                                sites_world: dict[str, Any]) -> None:  # noqa: F811
    clock.set_clock(NOW)
    page = login(browser, live_server, "lab", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/testing/lab#recalls")
    section = page.get_by_test_id("lab-recalls")
    section.scroll_into_view_if_needed()
    tube = page.get_by_test_id("lab-recall-tube").first
    assert "混采管 QUEUE0001" in tube.inner_text()
    assert "召回 12 人：待复采 12，已复采 0，已出结果 0" in tube.inner_text()
    assert page.get_by_test_id("nav-manage").count() == 0  # a lab manages no rounds
    _fits_the_phone(page)
    section.screenshot(path=screenshots / "testing-lab-recalls-phone.png")
    assert page.console_errors == []


def test_the_commander_sets_up_a_site_on_a_phone_and_is_told_what_is_wrong(
        browser: Any, live_server: str, screenshots: Path, sites_world: dict[str, Any]) -> None:  # noqa: F811
    clock.set_clock(NOW)
    page = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/testing/manage")
    form = page.get_by_test_id("site-form")
    form.locator("input[name=name]").fill("夜间采样点")
    form.locator("select[name=place]").select_option(str(sites_world["street"]))
    form.locator("input[name=opens]").fill("21:00")
    form.locator("input[name=closes]").fill("08:00")
    form.get_by_test_id("create-site").click()
    error = page.get_by_test_id("manage-error")
    assert "结束时间须晚于开始时间" in error.inner_text()
    assert page.evaluate("location.hash") == "#site"  # the answer opens at the form, the message in sight
    assert error.bounding_box()["y"] < PHONE["height"]  # type: ignore[index]
    assert page.get_by_test_id("site-form").locator("input[name=name]").input_value() == "夜间采样点"  # kept
    _fits_the_phone(page)
    page.screenshot(path=screenshots / "testing-manage-error-phone.png", full_page=False)
    form = page.get_by_test_id("site-form")
    form.locator("input[name=opens]").fill("18:00")
    form.locator("input[name=closes]").fill("23:00")
    form.get_by_test_id("create-site").click()
    assert "采样点已设立" in page.get_by_test_id("manage-done").inner_text()
    assert "夜间采样点" in page.get_by_test_id("manage-sites").inner_text()
    assert [e for e in page.console_errors if "status of 4" not in e] == []  # the refusal answered 422 on purpose
