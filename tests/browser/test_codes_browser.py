"""The resident's code page in a browser: a QR that verifies, the colour and its reasons; after a
high-risk notice covering the resident's unit is published, the code turns red with that notice as
its reason. (The sentinel's check of this QR is in the sentinel's browser test.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fangkong.areas import flows
from fangkong.areas import service as areas
from fangkong.codes import tokens
from fangkong.core import clock
from fangkong.core.db import transaction
from fangkong.core.models import Account
from fangkong.core.scope import system_actor
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service as registry
from tests.browser.conftest import PHONE, login

pytestmark = pytest.mark.browser

COMMANDER = system_actor("browser test")


def _resident_unit(url: str) -> tuple[int, int, str]:
    with transaction(url) as db:
        person_id = db.scalar(select(Account.person_id).where(Account.username == "resident"))
        unit_id = registry.resident_location(db, COMMANDER, person_id, purpose="browser test").unit_id
        label = registry.place_labels(db, {unit_id})[unit_id]
    return person_id, unit_id, label


def _publish_high_risk(url: str, unit_id: int, label: str) -> str:
    number = "2099年第1号"
    today = clock.now().strftime("%Y-%m-%d")
    with transaction(url) as db:
        notice = areas.draft_from_changes(db, COMMANDER, {"number": number, "effective": f"{today}T00:00",
                                                          "published": today, "changes": [
                                                              {"action": "add", "level_to": "high",
                                                               "places": [label]}]})
        for change in areas.notice_view(db, COMMANDER, notice.id).changes:
            for place in change.places:
                if place.place_id != unit_id:
                    areas.resolve_place(db, COMMANDER, place.id, place_id=unit_id)
        flows.publish_notice(db, COMMANDER, notice.id)
    return number


def test_resident_sees_a_qr_and_turns_red_after_a_notice(browser: Any, live_server: str, city_url: str,
                                                         screenshots: Path) -> None:
    person_id, unit_id, label = _resident_unit(city_url)
    page = login(browser, live_server, "resident", DEMO_PASSWORD, viewport=PHONE)
    page.goto(f"{live_server}/codes/me")
    qr = page.get_by_test_id("code-qr")
    assert qr.locator("svg").count() == 1
    token = qr.get_attribute("data-token")
    claims = tokens.verify_token(token)
    assert claims.subject == tokens.subject_of(person_id)
    before = page.get_by_test_id("code-card").get_attribute("data-colour")
    page.screenshot(path=str(screenshots / "codes_me_before.png"), full_page=True)

    number = _publish_high_risk(city_url, unit_id, label)
    page.goto(f"{live_server}/codes/me")
    card = page.get_by_test_id("code-card")
    assert card.get_attribute("data-colour") == "red", before
    reasons = page.get_by_test_id("code-reason")
    texts = [reasons.nth(i).inner_text() for i in range(reasons.count())]
    assert any(number in text and "高风险区" in text for text in texts), texts
    assert tokens.verify_token(page.get_by_test_id("code-qr").get_attribute("data-token")).colour == "red"
    # The page refreshes its QR by itself (codes.js): the fragment it fetches is a fresh, valid token.
    fragment = page.request.get(f"{live_server}/codes/me/qr")
    assert fragment.ok and "data-token" in fragment.text()
    page.screenshot(path=str(screenshots / "codes_me_red.png"), full_page=True)
    assert page.console_errors == []
