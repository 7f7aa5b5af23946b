"""Attack suite: a stolen password of a strong role. Command, district and auditor accounts may enrol an
authenticator (TOTP, RFC 6238): a QR code, confirmed by a first code; from then on the right password alone
opens nothing but the code page, wrong codes count as failed sign-ins (the lockout applies), a code is good
once, and only an administrator removes a lost authenticator (audited). Codes are computed at a frozen clock.
Both databases."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from fangkong.core import accounts, auth, clock, totp
from fangkong.core.db import transaction
from fangkong.core.errors import PermissionDenied
from fangkong.core.models import Account, AuditEntry
from fangkong.core.scope import system_actor
from fangkong.web.app import create_app
from tests.helpers import csrf_in, page_shows

pytestmark = pytest.mark.security
PASSWORD = "Tw0-lanterns-by-the-Fen"
_hours = iter(range(0, 10_000, 2))


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


@pytest.fixture(autouse=True)
def _now() -> datetime:
    moment = datetime(2022, 4, 20, 10, 0) + timedelta(hours=next(_hours))
    clock.set_clock(moment)
    return moment


def _account(url: str, username: str, role: str = "commander") -> None:
    with transaction(url) as db:  # the operator sets up an account that already chose its password
        auth.create_account(db, username=username, password=PASSWORD, role=role, display_name=username)


def _sign_in(app, username: str, password: str = PASSWORD, next_path: str = "/") -> tuple[TestClient, str]:  # noqa: ANN001
    client = TestClient(app)
    token = csrf_in(client.get("/login"))
    response = client.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                           "next": next_path}, follow_redirects=False)
    assert response.status_code == 303, response.text[:500]
    return client, response.headers["location"]


def _enrol(app, username: str) -> tuple[TestClient, str]:  # noqa: ANN001
    client, location = _sign_in(app, username)
    assert location == "/"
    page = page_shows(client.get("/account/totp"), "身份验证器", testids=("totp-qr", "totp-secret"))
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7]+)<', client.get("/account/totp").text).group(1)
    assert "otpauth" not in page  # the QR code is an image; the URI is not printed
    csrf = csrf_in(client.get("/"))
    wrong = client.post("/account/totp", data={"code": "000000" if totp.code_at(secret, totp.step_of(clock.now()))
                                               != "000000" else "111111", "csrf_token": csrf})
    page_shows(wrong, "动态码不正确", status=422)
    done = client.post("/account/totp", data={"code": totp.code_at(secret, totp.step_of(clock.now())),
                                              "csrf_token": csrf})
    page_shows(done, "已启用", testids=("totp-done",))
    return client, secret


def test_the_code_is_rfc_6238() -> None:
    # RFC 6238 appendix B, SHA-1, 8 digits truncated to our 6: T = 59 s -> 94287082, 1111111109 -> 07081804.
    secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # base32 of "12345678901234567890"
    assert totp.code_at(secret, 59 // 30) == "287082"
    assert totp.code_at(secret, 1111111109 // 30) == "081804"


def test_with_totp_the_password_alone_opens_nothing_but_the_code_page(app, city_url: str) -> None:  # noqa: ANN001
    _account(city_url, "chief-totp-1")
    _client, secret = _enrol(app, "chief-totp-1")
    client, location = _sign_in(app, "chief-totp-1", next_path="/audit")
    assert location == "/login/totp?next=%2Faudit"
    page = client.get(location)
    page_shows(page, "动态码", testids=("totp-login-form",))
    csrf = csrf_in(page)
    for path in ("/", "/registry", "/audit", "/account/password", "/account/totp", "/codes/overrides"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login/totp"), path
    response = client.get("/api/places/roots", headers={"X-CSRF-Token": csrf})
    assert response.status_code == 401 and response.json()["error"] == "SecondFactorRequired"
    # An API token needs the code too.
    api = TestClient(app).post("/api/auth/token", json={"username": "chief-totp-1", "password": PASSWORD})
    assert api.status_code == 401 and api.json()["error"] == "SecondFactorRequired"

    code = totp.code_at(secret, totp.step_of(clock.now()) + 1)  # a phone 30 s ahead still works
    response = client.post("/login/totp", data={"code": code, "csrf_token": csrf, "next": "/audit"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/audit"
    page_shows(client.get("/audit"), "审计")
    # The same code is good once: a second login cannot use it (seen over a shoulder).
    other, _location = _sign_in(app, "chief-totp-1")
    reuse = other.post("/login/totp", data={"code": code, "csrf_token": csrf_in(other.get("/login/totp")),
                                            "next": "/"}, follow_redirects=False)
    page_shows(reuse, "动态码不正确", status=403)
    with transaction(city_url) as db:
        actions = db.scalars(select(AuditEntry.action).where(AuditEntry.username == "chief-totp-1")).all()
    assert {"totp_enrolled", "login_second_factor", "login_failed"} <= set(actions)


def test_wrong_codes_lock_the_account_like_wrong_passwords(app, city_url: str) -> None:  # noqa: ANN001
    _account(city_url, "chief-totp-2")
    _client, secret = _enrol(app, "chief-totp-2")
    client, location = _sign_in(app, "chief-totp-2")
    csrf = csrf_in(client.get(location))
    right = totp.code_at(secret, totp.step_of(clock.now()))
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    statuses = [client.post("/login/totp", data={"code": wrong, "csrf_token": csrf, "next": "/"},
                            follow_redirects=False).status_code for _ in range(6)]
    # The wrong code typed at enrolment was the first failure: four more, then locked.
    assert statuses[:4] == [403] * 4 and statuses[4:] == [429, 429]
    # Locked: the right code does not open it either, until the wait is over.
    response = client.post("/login/totp", data={"code": right, "csrf_token": csrf, "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 429 and int(response.headers["retry-after"]) > 0
    clock.set_clock(clock.now() + timedelta(minutes=16))
    fresh = totp.code_at(secret, totp.step_of(clock.now()))
    client2, location = _sign_in(app, "chief-totp-2")
    response = client2.post("/login/totp", data={"code": fresh, "csrf_token": csrf_in(client2.get(location)),
                                                 "next": "/"}, follow_redirects=False)
    assert response.status_code == 303


def test_an_administrator_removes_a_lost_authenticator_audited_and_other_roles_cannot_enrol(
        app, city_url: str) -> None:  # noqa: ANN001
    _account(city_url, "auditor-totp", role="auditor")
    enrolled, _secret = _enrol(app, "auditor-totp")
    with transaction(city_url) as db:
        accounts.reset_totp(db, system_actor("test: the administrator"), "auditor-totp", "phone lost, ticket 42")
    assert enrolled.get("/audit", follow_redirects=False).headers["location"].startswith("/login")  # logins end
    assert _sign_in(app, "auditor-totp")[1] == "/"  # the password alone again, and may enrol anew
    with transaction(city_url) as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "totp_reset"))
        assert entry.reason == "phone lost, ticket 42" and entry.username.startswith("system:")
        account = db.scalar(select(Account).where(Account.username == "auditor-totp"))
        assert account.totp_secret is None
        grid = db.scalar(select(Account).where(Account.username == "grid"))
        with pytest.raises(PermissionDenied):
            accounts.begin_enrolment(db, grid)
        db.rollback()
