"""Server-rendered pages against the generated city: login, CSRF, jurisdiction, masking, language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from fangkong.core.db import transaction
from fangkong.core.models import AuditEntry
from fangkong.core.scope import Actor
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service
from fangkong.web.app import create_app
from tests.conftest import CITY_POPULATION
from tests.helpers import csrf_in, csrf_of, login, page_shows, persona


@pytest.fixture(scope="module")
def app(city_url: str) -> FastAPI:
    return create_app(city_url)


@pytest.fixture(scope="module")
def facts(city_url: str, grid_worker: Actor, neighbour_grid_worker: Actor, resident: Actor) -> dict[str, int]:
    """Ids the tests need, found through the services as the accounts themselves would see them."""
    grid, grid2 = grid_worker, neighbour_grid_worker
    with transaction(city_url) as db:
        assert grid.jurisdiction_id and grid2.jurisdiction_id
        assert grid.jurisdiction_id != grid2.jurisdiction_id
        _total, own = service.households_of(db, grid, grid.jurisdiction_id, limit=5)
        _total, other = service.households_of(db, grid2, grid2.jurisdiction_id, limit=5)
        own_household = next(h for h in own if h.members)
        return {
            "grid_id": grid.jurisdiction_id,
            "own_household": own_household.id,
            "own_person": own_household.members[0].id,
            "other_household": next(h for h in other if h.members).id,
            "resident_person": resident.person_id or 0,
        }


def audit_entries(city_url: str, **where: str) -> list[AuditEntry]:
    with transaction(city_url) as db:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for column, value in where.items():
            query = query.where(getattr(AuditEntry, column) == value)
        return list(db.scalars(query))


@pytest.fixture(scope="module")
def grid_client(app: FastAPI) -> Iterator[TestClient]:
    yield login(app, "grid")


# ---- login and logout -------------------------------------------------------------------


def test_pages_need_a_login_and_redirect_back(app: FastAPI) -> None:
    client = TestClient(app)
    response = client.get("/registry", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fregistry"
    page = client.get("/login")
    assert "演示账号见启动输出" in page.text
    assert 'name="password"' in page.text


def test_login_sets_a_safe_session_cookie_and_logout_ends_it(app: FastAPI) -> None:
    client = TestClient(app)
    token = csrf_in(client.get("/login").text)
    response = client.post("/login", data={"username": "commander", "password": DEMO_PASSWORD,
                                           "csrf_token": token, "next": "/registry"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/registry"
    cookie = response.headers["set-cookie"].lower()
    assert "fk_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    page_shows(client.get("/"), "辖区概况")
    out = client.post("/logout", data={"csrf_token": csrf_of(client)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"].startswith("/login")
    # The token is revoked on the server, not only forgotten by the browser.
    client.cookies.set("fk_session", response.cookies["fk_session"])
    assert client.get("/", follow_redirects=False).status_code == 303


def test_wrong_password_shows_the_form_again(app: FastAPI) -> None:
    client = TestClient(app)
    token = csrf_in(client.get("/login").text)
    response = client.post("/login", data={"username": "grid", "password": "not-the-password",
                                           "csrf_token": token})
    assert response.status_code == 401
    assert "用户名或密码错误" in response.text
    assert "fk_session" not in response.headers.get("set-cookie", "")


def test_login_form_without_its_token_is_refused(app: FastAPI) -> None:
    client = TestClient(app)
    response = client.post("/login", data={"username": "grid", "password": DEMO_PASSWORD})
    assert response.status_code == 403
    assert "fk_session" not in response.headers.get("set-cookie", "")


def test_login_never_redirects_off_site(app: FastAPI) -> None:
    client = TestClient(app)
    token = csrf_in(client.get("/login").text)
    response = client.post("/login", data={"username": "grid", "password": DEMO_PASSWORD, "csrf_token": token,
                                           "next": "//evil.example/x"}, follow_redirects=False)
    assert response.headers["location"] == "/"


# ---- CSRF ---------------------------------------------------------------------------------


def test_form_post_without_csrf_token_is_refused(app: FastAPI, city_url: str, facts: dict[str, int]) -> None:
    client = login(app, "grid")
    before = len(audit_entries(city_url, action="read_full"))
    response = client.post(f"/registry/persons/{facts['own_person']}/full", data={"reason": "核实"})
    assert response.status_code == 403
    assert "CSRF" in response.text
    wrong = client.post(f"/registry/persons/{facts['own_person']}/full",
                        data={"reason": "核实", "csrf_token": "forged"})
    assert wrong.status_code == 403
    assert len(audit_entries(city_url, action="read_full")) == before
    # Logging out needs the token too, so a foreign page cannot log the user out.
    assert client.post("/logout", follow_redirects=False).status_code == 403


# ---- the grid worker ------------------------------------------------------------------------


def test_grid_worker_home_lists_their_households_masked(grid_client: TestClient,
                                                        facts: dict[str, int]) -> None:
    page = grid_client.get("/")
    page_shows(page, "我的网格")
    assert f'href="/registry/households/{facts["own_household"]}"' in page.text
    assert f'href="/registry/households/{facts["other_household"]}"' not in page.text
    # Masked names only: every listed member name carries an asterisk.
    members = re.findall(r'<span class="hh-members">([^<]*)</span>', page.text)
    assert members and all("*" in name for line in members for name in line.split("、") if name)


def test_grid_worker_opens_own_household_but_not_another_grids(grid_client: TestClient,
                                                                facts: dict[str, int]) -> None:
    own = grid_client.get(f"/registry/households/{facts['own_household']}")
    assert own.status_code == 200
    assert re.search(r"\d{6}\*{8}[\dX]{4}", own.text), "identity numbers are masked"
    assert not re.search(r"\b\d{17}[\dX]\b", own.text), "no full identity number on a list page"
    other = grid_client.get(f"/registry/households/{facts['other_household']}")
    assert other.status_code == 403
    assert "不在您的管辖范围内" in other.text
    assert "无权访问" in other.text


def test_htmx_load_more_returns_only_the_next_items(grid_client: TestClient, facts: dict[str, int]) -> None:
    response = grid_client.get(f"/registry/places/{facts['grid_id']}/households?offset=1",
                               headers={"HX-Request": "true"})
    page_shows(response)
    assert "<html" not in response.text and 'class="hh"' in response.text


def test_full_view_needs_a_reason_and_is_audited(app: FastAPI, city_url: str, facts: dict[str, int]) -> None:
    client = login(app, "grid")
    person_path = f"/registry/persons/{facts['own_person']}"
    masked = client.get(person_path)
    page_shows(masked, "显示完整号码")
    assert not re.search(r"\b\d{17}[\dX]\b", masked.text)
    token = csrf_in(masked.text)

    no_reason = client.post(f"{person_path}/full", data={"csrf_token": token, "reason": "  "})
    assert "查看完整信息须填写事由" in no_reason.text
    assert not re.search(r"\b\d{17}[\dX]\b", no_reason.text)

    reason = "电话核实今日采样情况 web-test"
    full = client.post(f"{person_path}/full", data={"csrf_token": token, "reason": reason})
    page_shows(full, "记入审计日志")
    assert re.search(r"\b\d{17}[\dX]\b", full.text), "the full identity number is shown"
    entries = audit_entries(city_url, action="read_full", subject_id=str(facts["own_person"]))
    assert entries and entries[-1].reason == reason and entries[-1].username == "grid"


# ---- other roles ----------------------------------------------------------------------------


def test_audit_page_is_refused_to_a_grid_worker(grid_client: TestClient) -> None:
    response = grid_client.get("/audit")
    assert response.status_code == 403
    assert "无权查看审计日志" in response.text
    assert 'href="/audit"' not in response.text  # and the menu does not offer it


def test_auditor_home_is_the_audit_search(app: FastAPI) -> None:
    client = login(app, "auditor")
    page_shows(client.get("/"), "审计日志")
    found = client.get("/audit", params={"username": "grid", "action": "login"})
    assert "grid" in page_shows(found, testids=["audit-table"]).split("\n")
    page_shows(client.get("/audit", params={"since": "yesterday"}), "yesterday")  # a message, not a crash


def test_commander_home_shows_city_counts(app: FastAPI) -> None:
    client = login(app, "commander")
    home = client.get("/")
    assert "辖区概况" in home.text
    persons = re.search(r'data-testid="stat-persons">([\d,]+)<', home.text)
    assert persons and int(persons.group(1).replace(",", "")) == CITY_POPULATION
    roots = client.get("/registry")
    page_shows(roots, "全部县")


def test_resident_sees_own_record_masked(app: FastAPI, facts: dict[str, int]) -> None:
    client = login(app, "resident")
    home = client.get("/")
    page_shows(home, "我的信息", "号码部分隐藏")
    assert re.search(r"\d{6}\*{8}[\dX]{4}", home.text)
    assert client.get("/registry").status_code == 403
    assert client.get(f"/registry/households/{facts['own_household']}").status_code == 403


@pytest.mark.parametrize("username", ["district", "street", "sampler", "lab", "epidemiologist", "quarantine",
                                      "checkpoint", "property", "grid2", "resident"])
def test_every_demo_role_has_a_home_page(app: FastAPI, city_url: str, username: str) -> None:
    home = login(app, username).get("/")
    page_shows(home, persona(city_url, username).display_name)  # whose page it is
    # Modules of later releases are named as such; live ones are linked, never listed as coming.
    if username in ("epidemiologist", "quarantine", "property", "resident"):
        assert "即将上线" in home.text
    for live_link, role_names in (("/codes/me", ("resident",)), ("/sentinel", ("checkpoint",)),
                                  ("/testing/sample", ("sampler",)), ("/testing/lab", ("lab",))):
        if username in role_names:
            assert f'href="{live_link}"' in home.text


def test_import_page_is_for_registry_writers(app: FastAPI, grid_client: TestClient) -> None:
    page_shows(grid_client.get("/import"), "数据导入", testids=["page-title"])
    assert login(app, "sampler").get("/import").status_code == 403


# ---- language and errors --------------------------------------------------------------------


def test_language_switch_changes_the_page_text(app: FastAPI) -> None:
    client = login(app, "grid")
    assert "我的网格" in client.get("/").text
    switched = client.get("/lang/en", headers={"referer": "http://testserver/registry"},
                          follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/registry"
    page = client.get("/")
    assert "My grid" in page.text and "我的网格" not in page.text
    assert '<html lang="en">' in page.text
    client.get("/lang/zh")
    assert "我的网格" in client.get("/").text


def test_unknown_page_is_a_friendly_404(grid_client: TestClient) -> None:
    response = grid_client.get("/no/such/page")
    assert response.status_code == 404
    assert "页面不存在" in response.text and "<html" in response.text


def test_htmx_request_without_login_is_told_to_navigate(app: FastAPI) -> None:
    response = TestClient(app).get("/registry", headers={"HX-Request": "true"}, follow_redirects=False)
    assert response.headers.get("HX-Redirect", "").startswith("/login")


def test_pages_are_not_cached_and_carry_security_headers(grid_client: TestClient) -> None:
    response = grid_client.get("/")
    assert response.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"


def test_vendored_assets_are_served_locally(grid_client: TestClient) -> None:
    page = grid_client.get("/").text
    assert "/static/vendor/htmx/htmx.min.js" in page
    assert "cdn" not in page.lower() and "https://" not in page
    script = grid_client.get("/static/vendor/htmx/htmx.min.js")
    assert script.status_code == 200 and "htmx" in script.text
    docs = grid_client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn.jsdelivr" not in docs
