"""Playwright with Debian's chromium, on a phone-sized window: a grid worker types a door number into the
search box of their home page and opens the household, then finds a person by the last six digits of the
identity number (shown masked). A commander downloads the override history as .xlsx and it opens with
openpyxl, masked. Screenshots go to screenshots/."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import idnumber
from fangkong.registry.models import Household, Person, Place
from tests.browser.conftest import PHONE, login
from tests.helpers import demo_cast, xlsx_rows

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def targets(city_url: str) -> dict[str, Any]:
    """A flat of the grid worker's grid and one of its residents (setup: the numbers a worker would be told)."""
    with transaction(city_url) as db:
        grid = demo_cast(db)["grid"]
        rows = db.execute(select(Household, Place).join(Place, Place.id == Household.unit_id)
                          .where(Household.grid_id == grid.jurisdiction_id, Place.name.like("%单元"))
                          .order_by(Household.id.desc())).all()
        household, unit = next((h, u) for h, u in rows if (db.get(Place, u.building_id).name or "").endswith("号楼"))
        building = db.get(Place, unit.building_id)
        person = db.scalars(select(Person).where(Person.household_id == household.id)).first()
        assert person is not None and building is not None
        return {"household": household.id, "door": f"{building.name}{unit.name}{household.door}",
                "short": f"{building.name.removesuffix('号楼')}-{unit.name.removesuffix('单元')}-{household.door}",
                "person": person.id, "number": person.id_number, "name": person.name}


def _no_errors(page: Any) -> None:
    real = [e for e in page.console_errors if "status of 4" not in e]
    assert not real, real


def test_a_grid_worker_finds_a_household_by_door_and_a_person_by_id_digits_on_a_phone(
        browser: Any, live_server: str, screenshots: Path, targets: dict[str, Any]) -> None:
    page = login(browser, live_server, "grid", DEMO_PASSWORD, viewport=PHONE)
    box = page.locator("[data-testid=search-input]")
    assert box.is_visible()
    width = box.bounding_box()["width"]
    assert width > 200  # the box takes the phone's width, not a sliver
    box.fill(targets["short"])
    page.click("[data-testid=search-submit]")
    page.wait_for_selector("[data-testid=household-hit]")
    page.screenshot(path=screenshots / "registry-search-door-phone.png", full_page=True)
    hit = page.locator(f"a[href='/registry/households/{targets['household']}']")
    assert targets["door"] in hit.inner_text()
    hit.click()
    page.wait_for_url(f"{live_server}/registry/households/{targets['household']}")

    page.goto(f"{live_server}/")
    page.fill("[data-testid=search-input]", targets["number"][-6:])
    page.press("[data-testid=search-input]", "Enter")
    page.wait_for_selector("[data-testid=person-hit]")
    page.screenshot(path=screenshots / "registry-search-id-digits-phone.png", full_page=True)
    person = page.locator(f"a[href='/registry/persons/{targets['person']}']")
    text = person.inner_text()
    assert idnumber.mask_id_number(targets["number"]) in text and targets["number"] not in page.content()
    assert idnumber.mask_name(targets["name"]) in text
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= PHONE["width"] + 1  # nothing wider than the phone
    _no_errors(page)


def test_an_export_downloads_and_opens_with_openpyxl(browser: Any, live_server: str, screenshots: Path,
                                                     targets: dict[str, Any], city_url: str, tmp_path: Path) -> None:
    with transaction(city_url) as db:
        who = demo_cast(db)
        codes.request_override(db, who["epidemiologist"], person_id=targets["person"], colour="yellow",
                               reason="=1+1 核对后赋黄码", expires_at=clock.now() + timedelta(days=2))
    page = login(browser, live_server, "commander", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/codes/overrides?state=all")
    page.screenshot(path=screenshots / "codes-overrides-export-phone.png", full_page=True)
    with page.expect_download() as download_info:
        page.click("[data-testid=export-xlsx]")
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    saved = tmp_path / "overrides.xlsx"
    download.save_as(saved)
    rows = xlsx_rows(saved.read_bytes())
    assert rows[2][1] == "姓名"
    row = next(r for r in rows[3:] if r[2] == idnumber.mask_id_number(targets["number"]))
    assert row[4] == "'=1+1 核对后赋黄码" and row[3] == "黄码"
    assert targets["number"] not in str(rows)
    _no_errors(page)
