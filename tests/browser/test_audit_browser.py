"""The audit log on a phone: the auditor types a person's name, sees what happened to them in words (a grid
worker's full read with its reason) as cards that fit the screen, and the export link carries no name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fangkong.core.db import transaction
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service as registry
from fangkong.registry.idnumber import mask_name
from fangkong.registry.models import Person
from tests.browser.conftest import PHONE, login
from tests.helpers import persona_in

pytestmark = pytest.mark.browser

REASON = "电话核实今日采样情况"


def _grid_resident(url: str) -> tuple[int, str]:
    with transaction(url) as db:
        grid = persona_in(db, "grid")
        _total, households = registry.households_of(db, grid, grid.jurisdiction_id or 0, limit=3)
        member = next(h for h in households if h.members).members[0]
        name = db.scalar(select(Person.name).where(Person.id == member.id))
    assert name
    return member.id, name


def test_the_auditor_finds_a_full_read_by_the_persons_name_on_a_phone(browser: Any, live_server: str,
                                                                      city_url: str, screenshots: Path) -> None:
    person_id, name = _grid_resident(city_url)
    grid = login(browser, live_server, "grid", DEMO_PASSWORD, viewport=PHONE)
    grid.goto(f"{live_server}/registry/persons/{person_id}")
    grid.fill("textarea[name=reason]", REASON)
    grid.get_by_test_id("full-form").locator("button[type=submit]").click()
    grid.get_by_test_id("full-notice").wait_for()
    grid.context.close()

    page = login(browser, live_server, "auditor", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/audit")
    page.get_by_test_id("audit-person").fill(name)
    page.get_by_test_id("audit-kind").select_option("read_full")
    page.get_by_test_id("audit-submit").click()
    page.get_by_test_id("audit-person-found").wait_for()
    assert name not in page.url and "persons=" in page.url  # the name travelled in the POST body
    sentence = page.get_by_test_id("audit-sentence").first
    text = sentence.inner_text()
    assert "网格员" in text and "查看了" in text and "的完整信息" in text and f"{mask_name(name)}（户 " in text, text
    entry = page.get_by_test_id("audit-entry").first
    assert REASON in entry.inner_text()
    # a card on the phone: the row fits the screen, nothing to scroll sideways
    box = entry.bounding_box()
    assert box is not None and box["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    assert name not in (page.get_by_test_id("audit-export").get_attribute("href") or "")
    page.screenshot(path=str(screenshots / "audit-person-phone.png"), full_page=True)
    assert not page.console_errors, page.console_errors
    page.context.close()
