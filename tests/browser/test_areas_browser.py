"""Playwright: a commander pastes the seed notice, settles the review queue in place (HTMX), publishes,
and the public page lists the new areas without a login; every risk-area page is photographed at
desktop and phone size into screenshots/."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from fangkong.core import clock
from fangkong.drill.demo import DEMO_PASSWORD
from tests.browser.conftest import DESKTOP, PHONE, login

pytestmark = pytest.mark.browser

SEED = Path(__file__).parents[1] / "fixtures" / "notices" / "seed_198_newspaper.txt"
DAY3 = datetime(2022, 12, 3, 12, 0)


def _errors(page: Any) -> list[str]:
    return [e for e in page.console_errors if "status of 403" not in e and "status of 422" not in e]


def test_commander_publishes_and_the_public_page_lists_the_areas(browser: Any, live_server: str,
                                                                  screenshots: Path) -> None:
    clock.set_clock(DAY3)  # the server thread shares the clock: "now" is the day after the notice
    page = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=DESKTOP)
    page.click("nav.mainnav >> text=风险区域")
    page.wait_for_url(f"{live_server}/areas/notices")
    page.click("[data-testid=new-notice]")
    page.fill("textarea[name=text]", SEED.read_text(encoding="utf-8"))
    page.fill("input[name=year]", "2022")
    page.screenshot(path=screenshots / "areas-new-desktop.png", full_page=True)
    page.click("[data-testid=paste-form] button[type=submit]")
    page.wait_for_selector("[data-testid=publish-panel]")
    assert page.locator("[data-testid=notice-number]").inner_text() == "2022年第198号"
    assert page.locator("[data-testid=place]").count() == 75
    publish = page.locator("[data-testid=publish]")
    assert publish.is_disabled()
    assert "4" in page.locator("[data-testid=publish-reason]").inner_text()
    page.screenshot(path=screenshots / "areas-draft-desktop.png", full_page=False)
    page.locator("[data-testid=review-form]").first.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "areas-review-desktop.png", full_page=False)

    # The first uncertain place: its best candidate (checked by default), settled in place by HTMX.
    forms = page.locator("[data-testid=review-form]")
    first = forms.first
    row_id = first.evaluate("f => f.closest('li').id")
    assert first.locator(".create-fields").is_hidden()  # shown only when "create" is picked
    first.locator("[data-testid=choice-create]").check()
    assert first.locator(".create-fields").is_visible()
    candidate = first.locator("[data-testid=choice-option]")
    if candidate.count():
        candidate.first.check()
    else:
        first.locator("[data-testid=choice-block]").check()
    first.locator("[data-testid=resolve-submit]").click()
    page.wait_for_selector(f"#{row_id}[data-state=matched], #{row_id}[data-state=block]")
    assert "3" in page.locator("[data-testid=publish-reason]").inner_text()
    page.locator(f"#{row_id}").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "areas-review-resolved-desktop.png", full_page=False)

    # The rest as free-form blocks; then Publish is enabled.
    while page.locator("[data-testid=review-form]").count():
        form = page.locator("[data-testid=review-form]").first
        rid = form.evaluate("f => f.closest('li').id")
        form.locator("[data-testid=choice-block]").check()
        form.locator("[data-testid=resolve-submit]").click()
        page.wait_for_selector(f"#{rid}[data-state=block]")
    assert publish.is_enabled()
    publish.click()
    page.wait_for_selector("[data-testid=just-published]")
    assert int(page.locator("[data-testid=impact-persons]").inner_text().replace(",", "")) > 0
    page.screenshot(path=screenshots / "areas-published-desktop.png", full_page=False)
    notice_url = page.url.split("?")[0]
    assert not _errors(page), page.console_errors

    # Staff pages at desktop and phone size.
    for name, path in (("notices", "/areas/notices"), ("active", "/areas"), ("plan", "/areas/plan")):
        page.goto(f"{live_server}{path}")
        page.screenshot(path=screenshots / f"areas-{name}-desktop.png", full_page=False)
    assert page.locator("[data-testid=tile][data-level=high]").count() > 0
    page.goto(f"{live_server}/areas")
    assert page.locator("[data-testid=area-row]").count() >= 42
    page.locator("[data-testid=area-link]").first.click()
    page.wait_for_selector("[data-testid=history]")
    page.screenshot(path=screenshots / "areas-place-history-desktop.png", full_page=True)
    assert not _errors(page), page.console_errors
    page.context.close()

    phone = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=PHONE)
    for name, path in (("notices", "/areas/notices"), ("new", "/areas/notices/new"), ("active", "/areas"),
                       ("plan", "/areas/plan"), ("draft", notice_url.replace(live_server, ""))):
        phone.goto(f"{live_server}{path}")
        phone.screenshot(path=screenshots / f"areas-{name}-phone.png", full_page=False)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"] + 1, f"{name} scrolls sideways on a phone ({width}px)"
    phone.context.close()

    # The public page, without a login, on a phone: the new areas, searchable by typing.
    context = browser.new_context(viewport=PHONE, locale="zh-CN", device_scale_factor=2)
    public = context.new_page()
    public.goto(f"{live_server}/login")
    public.click("[data-testid=public-areas-link]")
    public.wait_for_selector("[data-testid=pub-area]")
    assert public.locator("[data-testid=pub-area]").count() >= 42
    assert "2022年第198号" in public.content()
    public.screenshot(path=screenshots / "areas-public-phone.png", full_page=False)
    public.fill("[data-testid=search]", "老军营")
    visible = public.locator("[data-testid=pub-area]:visible")
    assert 0 < visible.count() < 42
    assert all("老军营" in text for text in visible.all_inner_texts())
    public.screenshot(path=screenshots / "areas-public-search-phone.png", full_page=False)
    public.click("[data-testid=public-notice-link]")
    public.wait_for_selector("[data-testid=public-notice]")
    public.screenshot(path=screenshots / "areas-public-notice-phone.png", full_page=False)
    width = public.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 1
    context.close()

    # A draft's review on a phone, in English: the choices fit the screen; then the draft is withdrawn.
    english = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=PHONE, lang="en")
    english.goto(f"{live_server}/areas/notices/new")
    english.fill("textarea[name=text]", SEED.read_text(encoding="utf-8"))
    english.fill("input[name=year]", "2022")
    english.click("[data-testid=paste-form] button[type=submit]")
    english.wait_for_selector("[data-testid=review-queue]")
    english.screenshot(path=screenshots / "areas-draft-en-phone.png", full_page=False)
    form = english.locator("[data-testid=review-form]").first
    form.locator("[data-testid=choice-create]").check()
    form.scroll_into_view_if_needed()
    english.screenshot(path=screenshots / "areas-review-en-phone.png", full_page=False)
    assert english.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    english.click("text=Withdraw draft")
    english.wait_for_url(f"{live_server}/areas/notices")
    assert not _errors(english), english.console_errors
    english.context.close()

    desk = browser.new_context(viewport=DESKTOP, locale="zh-CN").new_page()
    desk.goto(f"{live_server}/public/areas")
    desk.screenshot(path=screenshots / "areas-public-desktop.png", full_page=False)
    desk.context.close()
