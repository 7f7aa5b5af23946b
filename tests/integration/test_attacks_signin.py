"""Attack suite: guessing passwords. Sign-in had no rate limit or lockout, failures were not audited, and an
unknown username answered 7x faster than a known one (issue 16). Now: a progressive lockout per username and
per address (429 with Retry-After, before the password is checked), every failure audited in a transaction of
its own, an unknown username verified against a dummy hash, no two generated accounts with one hash, and the
session cookie Secure with HSTS when served over HTTPS (as a trusted proxy says). Both databases."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from fangkong.core import auth, clock, signin
from fangkong.core.config import get_settings
from fangkong.core.db import transaction
from fangkong.core.models import Account, AuditEntry
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.web.app import create_app
from tests.helpers import csrf_in

pytestmark = pytest.mark.security
NOW = datetime(2022, 4, 20, 10, 0)


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


_hours = iter(range(0, 10_000, 2))


@pytest.fixture(autouse=True)
def _now() -> None:
    """Each test two hours after the last, so one test's failures (same address) do not lock the next."""
    global NOW
    NOW = datetime(2022, 4, 20, 10, 0) + timedelta(hours=next(_hours))
    clock.set_clock(NOW)


def _try(app, username: str, password: str, address: str = "testclient", **client) -> int:  # noqa: ANN001
    response = TestClient(app, **client).post("/api/auth/token", json={"username": username, "password": password})
    return response.status_code


def _failures(url: str, username: str) -> int:
    with transaction(url) as db:
        return db.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "login_failed", AuditEntry.username == username)) or 0


def test_guessing_a_password_locks_the_account_progressively_and_every_try_is_audited(app, city_url: str) -> None:  # noqa: ANN001
    statuses = [_try(app, "epidemiologist", f"guess-{n}") for n in range(7)]
    assert statuses[:5] == [401] * 5
    assert statuses[5:] == [429, 429]  # locked: refused before the password is even checked
    # The right password does not open a locked account either (or guessing could go on).
    response = TestClient(app).post("/api/auth/token", json={"username": "epidemiologist", "password": DEMO_PASSWORD})
    assert response.status_code == 429
    assert int(response.headers["retry-after"]) > 0
    assert _failures(city_url, "epidemiologist") == 8  # rolled-back requests, yet every attempt is on record

    wait = int(response.headers["retry-after"])
    assert wait > 120  # 30 s after the 6th failure, doubled by each try while locked
    clock.set_clock(NOW + timedelta(seconds=wait - 5))
    assert _try(app, "epidemiologist", DEMO_PASSWORD) == 429
    clock.set_clock(NOW + timedelta(seconds=wait + 1 + 30 * 16))  # waited out (this try counted too)
    assert _try(app, "epidemiologist", DEMO_PASSWORD) == 200


def test_an_unknown_username_is_locked_like_a_known_one(app) -> None:  # noqa: ANN001
    statuses = [_try(app, "nobody-here", f"guess-{n}") for n in range(6)]
    assert statuses == [401] * 5 + [429]  # the lockout tells nothing about which usernames exist


def test_one_address_trying_many_usernames_is_locked(app, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setitem(signin.FREE_FAILURES, "address", 3)
    monkeypatch.setenv("FANGKONG_TRUSTED_PROXIES", "testclient")
    get_settings.cache_clear()
    try:
        headers = {"X-Forwarded-For": "203.0.113.9"}
        statuses = [TestClient(app, headers=headers).post("/api/auth/token", json={
            "username": f"spray-{n}", "password": "123456"}).status_code for n in range(5)]
        assert statuses == [401, 401, 401, 429, 429]
        other = TestClient(app, headers={"X-Forwarded-For": "198.51.100.7"})
        assert other.post("/api/auth/token", json={"username": "spray-x", "password": "1"}).status_code == 401
    finally:
        get_settings.cache_clear()


def test_a_forged_forwarded_for_from_an_untrusted_peer_is_ignored(app) -> None:  # noqa: ANN001
    statuses = [TestClient(app, headers={"X-Forwarded-For": f"192.0.2.{n}"}).post("/api/auth/token", json={
        "username": "grid2", "password": f"x{n}"}).status_code for n in range(6)]
    assert statuses[-1] == 429  # a new fake address per try does not reset the count


def test_the_login_page_shows_the_lockout(app) -> None:  # noqa: ANN001
    client = TestClient(app)
    for n in range(6):
        token = csrf_in(client.get("/login"))
        response = client.post("/login", data={"username": "property", "password": f"no-{n}", "csrf_token": token})
    assert response.status_code == 429
    assert "秒后再试" in response.text


def test_an_unknown_username_costs_one_full_password_check(db, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    checked: list[str] = []
    real = auth._hasher

    class Counting:
        def hash(self, password: str) -> str:
            return real.hash(password)

        def verify(self, hash_: str, password: str) -> bool:
            checked.append(hash_)
            return real.verify(hash_, password)

    monkeypatch.setattr(auth, "_hasher", Counting())
    with pytest.raises(auth.NotAuthenticated):
        auth.authenticate(db, "no-such-user", "whatever1")
    assert len(checked) == 1 and checked[0].startswith("$argon2id$v=19$m=65536,t=3")


def test_no_two_generated_accounts_share_a_password_hash(db) -> None:  # noqa: ANN001
    hashes = db.scalars(select(Account.password_hash)).all()
    assert len(hashes) > 20
    assert len(set(hashes)) == len(hashes)


def test_over_https_the_session_cookie_is_secure_and_hsts_is_sent(app) -> None:  # noqa: ANN001
    client = TestClient(app, base_url="https://testserver")
    token = csrf_in(client.get("/login"))
    response = client.post("/login", data={"username": "auditor", "password": DEMO_PASSWORD, "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    assert "secure" in response.headers["set-cookie"].lower()
    assert response.headers["strict-transport-security"].startswith("max-age=")


def test_behind_a_trusted_tls_proxy_cookies_are_secure_and_a_stranger_cannot_claim_https(app, monkeypatch) -> None:  # noqa: ANN001
    plain = TestClient(app, headers={"X-Forwarded-Proto": "https"}).get("/login")  # no proxy is trusted yet
    assert "strict-transport-security" not in plain.headers
    assert "secure" not in plain.headers["set-cookie"].lower()
    monkeypatch.setenv("FANGKONG_TRUSTED_PROXIES", "testclient")
    get_settings.cache_clear()
    try:
        proxied = TestClient(app, headers={"X-Forwarded-Proto": "https"}).get("/login")
        assert proxied.headers["strict-transport-security"].startswith("max-age=")
        assert "secure" in proxied.headers["set-cookie"].lower()
    finally:
        get_settings.cache_clear()
