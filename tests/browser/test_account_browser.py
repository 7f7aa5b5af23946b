"""The sign-in pages in Chromium: an account made by the administrator lands on the password page and gets in
after choosing a password; a commander enrols an authenticator (the QR code shows) and the next sign-in asks
for a code. Phone and desktop; screenshots; no console errors (the QR is an inline image under the CSP)."""

from __future__ import annotations

from typing import Any

import pytest

from fangkong.core import accounts, auth, totp
from fangkong.core.clock import now
from fangkong.core.db import transaction
from fangkong.core.scope import system_actor
from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser
STRONG = "Kx7-river-lantern"


def _open(browser: Any, base: str, username: str, password: str, viewport: dict[str, int]) -> Any:
    context = browser.new_context(viewport=viewport, locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.console_errors = errors
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    return page


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_first_sign_in_goes_through_the_password_page(live_server: str, browser: Any, city_url: str,
                                                      screenshots, viewport: dict[str, int]) -> None:  # noqa: ANN001
    username = f"first-{viewport['width']}"
    with transaction(city_url) as db:
        made = accounts.create_by_administrator(db, system_actor("test: the administrator"), username=username,
                                                role="auditor", display_name="新督查")
    page = _open(browser, live_server, username, made.temporary_password, viewport)
    page.wait_for_url(f"{live_server}/account/password**")
    assert "首次登录" in page.inner_text("[data-testid=must-change]")
    page.screenshot(path=str(screenshots / f"account_password_{viewport['width']}.png"), full_page=True)
    page.goto(f"{live_server}/audit")  # any other page sends it back
    page.wait_for_url(f"{live_server}/account/password**")
    page.fill("input[name=current]", made.temporary_password)
    page.fill("input[name=new]", STRONG)
    page.fill("input[name=repeat]", STRONG)
    page.click("[data-testid=password-form] button[type=submit]")
    page.wait_for_url(f"{live_server}/audit")
    assert "审计" in page.inner_text("main")
    assert page.console_errors == []
    page.context.close()


def test_a_commander_enrols_an_authenticator_and_signs_in_with_a_code(live_server: str, browser: Any,
                                                                       city_url: str, screenshots) -> None:  # noqa: ANN001
    with transaction(city_url) as db:
        auth.create_account(db, username="chief-browser", password=STRONG, role="commander", display_name="指挥长")
    page = _open(browser, live_server, "chief-browser", STRONG, PHONE)
    page.wait_for_url(f"{live_server}/")
    page.click("[data-testid=account-security]")
    page.wait_for_url(f"{live_server}/account/totp")
    qr = page.locator("[data-testid=totp-qr]")
    assert qr.is_visible() and qr.evaluate("img => img.complete && img.naturalWidth > 100")  # decoded
    page.screenshot(path=str(screenshots / "account_totp_enrol_phone.png"), full_page=True)
    secret = page.inner_text("[data-testid=totp-secret]").strip()
    page.fill("input[name=code]", totp.code_at(secret, totp.step_of(now())))
    page.click("[data-testid=totp-enrol] button[type=submit]")
    assert "已启用" in page.inner_text("[data-testid=totp-done]")
    assert page.console_errors == []
    page.context.close()

    page = _open(browser, live_server, "chief-browser", STRONG, DESKTOP)
    page.wait_for_url(f"{live_server}/login/totp**")
    page.screenshot(path=str(screenshots / "account_totp_login_desktop.png"), full_page=True)
    page.fill("input[name=code]", totp.code_at(secret, totp.step_of(now()) + 1))
    page.click("[data-testid=totp-login-form] button[type=submit]")
    page.wait_for_url(f"{live_server}/")
    assert "指挥长" in page.inner_text("[data-testid=who]")
    page.context.close()
