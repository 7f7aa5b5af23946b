"""Playwright with Debian's chromium: an epidemiologist opens a case, sees its trajectory and, after
discovery, the candidates with their evidence; confirms the household in one click and drafts the
published trajectory; the commander approves it; the public page shows it; the demo resident declares
being at one of its places and becomes a candidate of the case; the grid worker sees the confirmed
contacts of their grid. Screenshots (desktop and phone) go to screenshots/."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fangkong.codes.scanlog import ScanRow, insert_rows
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry.models import Person, Venue
from fangkong.tracing import flows
from tests.browser.conftest import DESKTOP, PHONE, login
from tests.helpers import demo_cast

pytestmark = pytest.mark.browser
NOW = datetime(2022, 12, 1, 10, 0)


@pytest.fixture(scope="module")
def world(city_url: str) -> Any:
    """A case in the grid worker's grid: scans at two venues the day before, one person co-present."""
    clock.set_clock(NOW)
    with transaction(city_url) as db:
        who = demo_cast(db)
        grid, resident = who["grid"].jurisdiction_id, who["resident"].person_id
        household = db.scalar(select(Person.household_id).where(Person.grid_id == grid, Person.id != resident)
                              .group_by(Person.household_id).having(func.count() >= 2).order_by(Person.household_id))
        members = list(db.scalars(select(Person.id).where(Person.household_id == household).order_by(Person.id)))
        venue_a, venue_b = db.scalars(select(Venue.id).where(Venue.kind == "supermarket").order_by(Venue.id)
                                      .limit(2)).all() or db.scalars(select(Venue.id).limit(2)).all()
        other = db.scalar(select(Person.id).where(Person.household_id != household, Person.id != resident)
                          .order_by(Person.id.desc()).limit(1))
        day = NOW - timedelta(days=1)
        insert_rows(db, [
            ScanRow(venue_id=venue_a, checked_at=day.replace(hour=9, minute=30), received_at=day, colour="green",
                    result="pass", method="id", person_id=members[0]),
            ScanRow(venue_id=venue_b, checked_at=day.replace(hour=15), received_at=day, colour="green",
                    result="pass", method="id", person_id=members[0]),
            ScanRow(venue_id=venue_a, checked_at=day.replace(hour=9, minute=40), received_at=day, colour="green",
                    result="pass", method="id", person_id=other),
        ])
        case = flows.record_case(db, who["epidemiologist"], person_id=members[0], kind="confirmed",
                                 reported_at=NOW - timedelta(hours=2), source_kind="fever_clinic",
                                 onset_date=day.date())
        world = {"case": case.id, "household": members[1:], "other": other, "resident": resident}
    yield world
    clock.set_clock(None)


def _no_errors(page: Any) -> None:
    real = [e for e in page.console_errors if "status of 4" not in e]
    assert not real, real


def test_case_to_public_page_and_back(browser: Any, live_server: str, screenshots: Path, world: dict[str, Any]
                                      ) -> None:
    clock.set_clock(NOW)
    case = world["case"]
    epi = login(browser, live_server, "epidemiologist", DEMO_PASSWORD, viewport=DESKTOP)
    epi.goto(f"{live_server}/tracing")
    epi.wait_for_selector("[data-testid=case-table]")
    assert "社会面 1 例" in epi.locator("[data-testid=case-figures]").inner_text()
    epi.click(f"[data-testid=case-row][data-case='{case}'] a")
    epi.wait_for_selector("[data-testid=trajectory]")
    trajectory = epi.locator("[data-testid=trajectory-item]").all_inner_texts()
    assert len(trajectory) == 2 and "09:30" in trajectory[0] and "15:00" in trajectory[1]
    assert "社会面" in epi.locator("[data-testid=how-found]").inner_text()
    epi.click("[data-testid=discover]")
    epi.wait_for_selector("[data-testid=candidate]")
    candidates = {int(c.get_attribute("data-person")): c for c in epi.locator("[data-testid=candidate]").all()}
    assert set(candidates) == {*world["household"], world["other"]}
    venue_text = candidates[world["other"]].locator("[data-testid=evidence]").inner_text()
    assert "病例" in venue_text and "09:30" in venue_text and "09:40" in venue_text
    # the trajectory timeline (ECharts draws its canvas once its script has run: wait for it, do not race it)
    epi.wait_for_function("document.querySelectorAll('canvas').length >= 1")
    assert epi.locator("canvas").count() >= 1
    epi.screenshot(path=screenshots / "tracing-case-candidates.png", full_page=True)

    epi.click("[data-testid=confirm-kind-household]")
    epi.wait_for_selector("[data-testid=message]")
    assert "已判定为密接" in epi.locator("[data-testid=message]").inner_text()
    states = {int(c.get_attribute("data-person")): c.get_attribute("data-state")
              for c in epi.locator("[data-testid=candidate]").all()}
    assert all(states[p] == "confirmed" for p in world["household"]) and states[world["other"]] == "pending"
    epi.click("[data-testid=publish]")
    epi.wait_for_selector("[data-testid=publication][data-state=pending]")
    text = epi.locator("[data-testid=publication] .announcement").inner_text()
    assert f"确诊病例{case}" in text and "11月30日" in text and "09:30" in text
    _no_errors(epi)

    commander = login(browser, live_server, "commander", DEMO_PASSWORD)
    commander.goto(f"{live_server}/tracing/approvals")
    commander.wait_for_selector(f"[data-testid=pending-publication][data-case='{case}']")
    commander.screenshot(path=screenshots / "tracing-approvals.png", full_page=True)
    commander.locator(f"[data-testid=pending-publication][data-case='{case}'] [data-testid=approve]").click()
    commander.wait_for_selector("[data-testid=no-pending]")

    resident = login(browser, live_server, "resident", DEMO_PASSWORD, viewport=PHONE)
    resident.goto(f"{live_server}/tracing/public")
    published = resident.locator("[data-testid=public-trajectory]").first
    assert f"确诊病例{case}" in published.inner_text()
    resident.screenshot(path=screenshots / "tracing-public-phone.png", full_page=True)
    published.locator("[data-testid=declare]").first.click()
    resident.wait_for_selector("[data-testid=message]")
    assert resident.locator("[data-testid=declared]").count() == 1
    _no_errors(resident)

    epi.goto(f"{live_server}/tracing/cases/{case}")
    declared = epi.locator(f"[data-testid=candidate][data-person='{world['resident']}']")
    assert declared.get_attribute("data-kinds") == "declared" and declared.get_attribute("data-state") == "pending"
    assert "申报到过" in declared.inner_text()

    grid = login(browser, live_server, "grid", DEMO_PASSWORD, viewport=PHONE)
    grid.goto(f"{live_server}/tracing/contacts")
    shown = {int(c.get_attribute("data-person")) for c in grid.locator("[data-testid=contact]").all()}
    assert set(world["household"]) <= shown
    grid.screenshot(path=screenshots / "tracing-grid-contacts-phone.png", full_page=True)

    epi.goto(f"{live_server}/tracing/chains")
    epi.wait_for_selector("[data-testid=chain-table]")
    epi.wait_for_function("document.querySelectorAll('canvas').length >= 2")
    epi.screenshot(path=screenshots / "tracing-chains.png", full_page=True)
    _no_errors(epi)
