"""Attack suite: an account an administrator made (or an import, or a password reset) carries a password
someone else chose and handed over on paper or in a chat. Until its holder has chosen their own, no page and no
API call answers it — only the password page (and logout). The new password must be strong; the change is
audited; a wrong current password counts as a failed sign-in. The demo accounts keep the printed password.
Both databases."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from fangkong.core import accounts, clock
from fangkong.core.db import transaction
from fangkong.core.models import Account, AuditEntry
from fangkong.core.scope import system_actor
from fangkong.web.app import create_app
from tests.helpers import csrf_in, login, page_shows, persona

pytestmark = pytest.mark.security
STRONG = "Kx7-river-lantern"
_hours = iter(range(0, 10_000, 2))


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


@pytest.fixture(autouse=True)
def _now() -> None:
    """Each test two hours after the last, so one test's failed sign-ins do not lock the next."""
    clock.set_clock(datetime(2022, 4, 20, 10, 0) + timedelta(hours=next(_hours)))


def _made_by_administrator(url: str, username: str, role: str = "grid_worker") -> str:
    grid = persona(url, "grid").jurisdiction_id
    with transaction(url) as db:
        made = accounts.create_by_administrator(db, system_actor("test: the administrator"), username=username,
                                                role=role, display_name=username, jurisdiction_id=grid)
    return made.temporary_password


def _sign_in(app, username: str, password: str) -> tuple[TestClient, str]:  # noqa: ANN001
    client = TestClient(app)
    token = csrf_in(client.get("/login"))
    response = client.post("/login", data={"username": username, "password": password, "csrf_token": token,
                                           "next": "/registry"}, follow_redirects=False)
    assert response.status_code == 303
    return client, response.headers["location"]


def _page_paths(app) -> list[str]:  # noqa: ANN001
    """Every GET route of the app without a path parameter: pages and API alike (included routers walked)."""
    paths: list[str] = []

    def walk(routes, prefix: str) -> None:  # noqa: ANN001
        for route in routes:
            inner = getattr(route, "original_router", None)
            if inner is not None:
                walk(inner.routes, prefix + route.include_context.prefix)
            elif isinstance(route, APIRoute) and "GET" in route.methods and "{" not in route.path:
                paths.append(prefix + route.path)

    walk(app.routes, "")
    return sorted(set(paths))


def test_a_must_change_account_reaches_no_page_and_no_api_before_changing(app, city_url: str) -> None:  # noqa: ANN001
    temporary = _made_by_administrator(city_url, "new-grid-1")
    client, location = _sign_in(app, "new-grid-1", temporary)
    assert location == "/account/password?next=%2Fregistry"  # the sign-in goes on at the password page
    page = client.get(location)
    page_shows(page, "首次登录", testids=("must-change", "password-form"))
    csrf = csrf_in(page)
    paths = [p for p in _page_paths(app) if p not in ("/account/password", "/login", "/healthz", "/logout")]
    assert len(paths) > 40
    anonymous = TestClient(app)
    reached, public = [], []
    for path in paths:
        if anonymous.get(path, follow_redirects=False).status_code in (200, 301):
            public.append(path)  # the public risk-area pages, the API docs: open to anyone anyway
            continue
        if path.startswith("/api/"):
            response = client.get(path, headers={"X-CSRF-Token": csrf}, follow_redirects=False)
            if response.status_code != 403 or response.json().get("error") != "PasswordChangeRequired":
                reached.append((path, response.status_code))
        else:
            response = client.get(path, follow_redirects=False)
            if response.status_code != 303 or not response.headers["location"].startswith("/account/password"):
                reached.append((path, response.status_code))
    assert reached == []
    assert len(public) < 12 and all(p.startswith(("/public", "/api/public", "/docs", "/favicon", "/api/codes/public"))
                                    for p in public), public
    # A POST with the session's own CSRF token is refused too (a write, not only reads).
    response = client.post("/api/persons/1/full", json={"reason": "probe"}, headers={"X-CSRF-Token": csrf})
    assert response.status_code == 403 and response.json()["error"] == "PasswordChangeRequired"
    # No API token for it either: the password is someone else's.
    response = TestClient(app).post("/api/auth/token", json={"username": "new-grid-1", "password": temporary})
    assert response.status_code == 403 and response.json()["error"] == "PasswordChangeRequired"
    # Logging out still works.
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303


def test_the_new_password_must_be_strong_and_the_change_opens_the_pages_audited(app, city_url: str) -> None:  # noqa: ANN001
    temporary = _made_by_administrator(city_url, "new-grid-2")
    client, location = _sign_in(app, "new-grid-2", temporary)
    csrf = csrf_in(client.get(location))

    def change(current: str, new: str, repeat: str | None = None):  # noqa: ANN202
        return client.post("/account/password", data={"current": current, "new": new, "repeat": repeat or new,
                                                       "csrf_token": csrf, "next": "/registry"},
                           follow_redirects=False)

    for weak, why in (("short1A!", "至少 10 位"), ("alllowercaseletters"[:12], "三类"),
                      ("New-grid-2-Abc", "用户名"), ("Password123", "常见"), (temporary, "不能与原密码相同")):
        page_shows(change(temporary, weak), why, status=422, testids=("password-error",))
    page_shows(change(temporary, STRONG, "something-else"), "不一致", status=422)
    page_shows(change("not-the-password", STRONG), "原密码错误", status=401)
    assert client.get("/registry", follow_redirects=False).headers["location"].startswith("/account/password")

    response = change(temporary, STRONG)
    assert response.status_code == 303 and response.headers["location"] == "/registry"
    page_shows(client.get("/registry"), "区划")
    with transaction(city_url) as db:
        account = db.scalar(select(Account).where(Account.username == "new-grid-2"))
        assert account.must_change_password is False
        actions = db.scalars(select(AuditEntry.action).where(AuditEntry.username == "new-grid-2")).all()
        failed = db.scalars(select(AuditEntry.detail).where(AuditEntry.action == "login_failed",
                                                            AuditEntry.username == "new-grid-2")).all()
    assert "password_changed" in actions
    assert any("password_change" in detail for detail in failed)  # the wrong current password, audited
    # The temporary password is gone; the new one signs in straight to the page.
    assert TestClient(app).post("/api/auth/token", json={"username": "new-grid-2", "password": temporary}
                                ).status_code == 401
    assert _sign_in(app, "new-grid-2", STRONG)[1] == "/registry"


def test_a_password_reset_by_the_administrator_must_be_changed_again_and_ends_the_logins(app, city_url: str) -> None:  # noqa: ANN001
    temporary = _made_by_administrator(city_url, "new-grid-3")
    client, location = _sign_in(app, "new-grid-3", temporary)
    csrf = csrf_in(client.get(location))
    client.post("/account/password", data={"current": temporary, "new": STRONG, "repeat": STRONG,
                                            "csrf_token": csrf, "next": "/"})
    page_shows(client.get("/registry"), "区划")
    with transaction(city_url) as db:
        reset = accounts.reset_password(db, system_actor("test: the administrator"), "new-grid-3", "forgotten")
    assert client.get("/registry", follow_redirects=False).headers["location"].startswith("/login")  # ended
    _client, location = _sign_in(app, "new-grid-3", reset.temporary_password)
    assert location.startswith("/account/password")
    with transaction(city_url) as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "password_reset",
                                                   AuditEntry.subject_id == str(
                                                       accounts.by_username(db, "new-grid-3").id)))
        assert entry is not None and entry.reason == "forgotten"


def test_accounts_imported_from_a_file_must_change_and_the_demo_accounts_do_not(app, city_url: str,
                                                                                tmp_path) -> None:  # noqa: ANN001
    from fangkong.cli import app as cli

    sheet = tmp_path / "accounts.csv"
    sheet.write_text("username,role,display_name,jurisdiction_id\nimported-1,sampler,采样员甲,\n"
                     "imported-2,auditor,督查乙,\n", encoding="utf-8")
    out = tmp_path / "passwords.csv"
    result = CliRunner().invoke(cli, ["accounts", "import", str(sheet), "--out", str(out), "--database", city_url])
    assert result.exit_code == 0, result.output
    assert out.stat().st_mode & 0o077 == 0
    lines = out.read_text().splitlines()[1:]
    assert [line.split(",")[0] for line in lines] == ["imported-1", "imported-2"]
    password = lines[0].split(",")[2]
    assert re.fullmatch(r"[A-Za-z0-9]{16}", password)
    assert _sign_in(app, "imported-1", password)[1].startswith("/account/password")
    # The README's demo: a demo account goes straight in with the printed password.
    page_shows(login(app, "grid").get("/"), "光华街社区第1网格")


def test_the_password_page_refuses_a_post_without_the_sessions_csrf_token(app, city_url: str) -> None:  # noqa: ANN001
    temporary = _made_by_administrator(city_url, "new-grid-4")
    client, _location = _sign_in(app, "new-grid-4", temporary)
    response = client.post("/account/password", data={"current": temporary, "new": STRONG, "repeat": STRONG,
                                                      "csrf_token": "forged", "next": "/"}, follow_redirects=False)
    assert response.status_code == 403 and "CSRF" in response.text
    with transaction(city_url) as db:
        assert accounts.by_username(db, "new-grid-4").must_change_password is True
