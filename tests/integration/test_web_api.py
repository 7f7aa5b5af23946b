"""The JSON API against the generated city: bearer tokens, jurisdiction, masking, audit."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from fangkong.core.db import transaction
from fangkong.core.models import AuditEntry
from fangkong.core.scope import Actor
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service
from fangkong.web.app import create_app
from tests.helpers import login

FULL_ID = re.compile(r"^\d{17}[\dX]$")
MASKED_ID = re.compile(r"^\d{6}\*{8}[\dX]{4}$")


@pytest.fixture(scope="module")
def client(city_url: str) -> TestClient:
    return TestClient(create_app(city_url))


@pytest.fixture(scope="module")
def facts(city_url: str, grid_worker: Actor, neighbour_grid_worker: Actor) -> dict[str, int]:
    grid, grid2 = grid_worker, neighbour_grid_worker
    with transaction(city_url) as db:
        assert grid.jurisdiction_id and grid2.jurisdiction_id
        _total, own = service.households_of(db, grid, grid.jurisdiction_id, limit=5)
        _total, other = service.households_of(db, grid2, grid2.jurisdiction_id, limit=5)
        own_household = next(h for h in own if h.members)
        other_household = next(h for h in other if h.members)
        return {
            "grid_id": grid.jurisdiction_id,
            "own_household": own_household.id,
            "own_person": own_household.members[0].id,
            "other_household": other_household.id,
            "other_person": other_household.members[0].id,
        }


def token_for(client: TestClient, username: str) -> dict[str, str]:
    response = client.post("/api/auth/token", json={"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer" and body["username"] == username
    return {"Authorization": f"Bearer {body['access_token']}"}


@pytest.fixture(scope="module")
def grid(client: TestClient) -> dict[str, str]:
    return token_for(client, "grid")


def test_token_needs_the_right_password(client: TestClient) -> None:
    response = client.post("/api/auth/token", json={"username": "grid", "password": "wrong-password"})
    assert response.status_code == 401
    assert response.json() == {"detail": "用户名或密码错误", "error": "NotAuthenticated"}
    english = client.post("/api/auth/token", json={"username": "grid", "password": "wrong-password"},
                          headers={"Accept-Language": "en-US,en;q=0.9"})
    assert english.json()["detail"] == "Wrong username or password"


def test_api_needs_a_token(client: TestClient) -> None:
    response = client.get("/api/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/me", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_me(client: TestClient, grid: dict[str, str], facts: dict[str, int]) -> None:
    me = client.get("/api/me", headers=grid).json()
    assert me["username"] == "grid" and me["role"] == "grid_worker"
    assert me["jurisdiction"]["id"] == facts["grid_id"] and me["jurisdiction"]["level"] == "grid"
    assert "registry.read" in me["permissions"] and "audit.read" not in me["permissions"]
    assert me["role_label"] == "网格员"


def test_tree_from_the_grid_workers_jurisdiction(client: TestClient, grid: dict[str, str],
                                                facts: dict[str, int]) -> None:
    roots = client.get("/api/places/roots", headers=grid).json()
    assert [r["id"] for r in roots] == [facts["grid_id"]]
    detail = client.get(f"/api/places/{facts['grid_id']}", headers=grid).json()
    assert detail["level"] == "grid" and detail["ancestors"][-1]["id"] == facts["grid_id"]
    assert [a["level"] for a in detail["ancestors"]][0] == "district"
    children = client.get(f"/api/places/{facts['grid_id']}/children", headers=grid).json()
    assert children and all(c["level"] == "compound" for c in children)
    assert sum(c["persons"] for c in children) == roots[0]["persons"]


def test_households_of_the_grid_are_masked(client: TestClient, grid: dict[str, str], facts: dict[str, int]
                                           ) -> None:
    page = client.get(f"/api/places/{facts['grid_id']}/households", params={"limit": 10}, headers=grid).json()
    assert page["total"] >= len(page["items"]) > 0
    members = [m for h in page["items"] for m in h["members"]]
    assert members and all(m["masked"] and MASKED_ID.match(m["id_number"]) for m in members)
    assert all(m["birth_date"] is None for m in members)


def test_household_of_another_grid_is_forbidden(client: TestClient, grid: dict[str, str],
                                                facts: dict[str, int]) -> None:
    own = client.get(f"/api/households/{facts['own_household']}", headers=grid)
    assert own.status_code == 200 and own.json()["members"]
    other = client.get(f"/api/households/{facts['other_household']}", headers=grid)
    assert other.status_code == 403
    assert other.json() == {"detail": "不在您的管辖范围内", "error": "PermissionDenied"}
    assert client.get(f"/api/persons/{facts['other_person']}", headers=grid).status_code == 403
    assert client.get("/api/households/999999999", headers=grid).status_code == 404


def test_full_person_needs_a_reason_and_is_audited(client: TestClient, grid: dict[str, str],
                                                   facts: dict[str, int], city_url: str) -> None:
    path = f"/api/persons/{facts['own_person']}"
    masked = client.get(path, headers=grid).json()
    assert masked["masked"] and MASKED_ID.match(masked["id_number"])
    assert client.post(f"{path}/full", json={"reason": ""}, headers=grid).status_code == 422
    reason = "api-test: 电话通知复采"  # in the body: a reason never travels in a URL (docs/security.md)
    full = client.post(f"{path}/full", json={"reason": reason}, headers=grid).json()
    assert not full["masked"] and FULL_ID.match(full["id_number"]) and full["birth_date"]
    with transaction(city_url) as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "read_full",
                                                    AuditEntry.subject_id == str(facts["own_person"]))
                           .order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.reason == reason and entry.username == "grid"


def test_sampler_may_not_unmask(client: TestClient, city_url: str) -> None:
    sampler = token_for(client, "sampler")
    roots = client.get("/api/places/roots", headers=sampler).json()
    households = client.get(f"/api/places/{roots[0]['id']}/households", params={"limit": 1},
                            headers=sampler).json()
    if not households["items"]:
        pytest.skip("the sampler's jurisdiction has no households in this city")
    person = households["items"][0]["members"][0]["id"]
    response = client.post(f"/api/persons/{person}/full", json={"reason": "x"}, headers=sampler)
    assert response.status_code == 403


def test_audit_api_is_for_auditors(client: TestClient, grid: dict[str, str]) -> None:
    assert client.get("/api/audit", headers=grid).status_code == 403
    auditor = token_for(client, "auditor")
    page = client.get("/api/audit", params={"username": "grid", "action": "login", "limit": 5},
                      headers=auditor).json()
    assert page["total"] >= 1 and all(e["username"] == "grid" for e in page["items"])


def test_session_cookie_on_the_api_needs_the_csrf_header(client: TestClient) -> None:
    browser = login(client.app, "grid")  # type: ignore[arg-type]
    page = browser.get("/").text
    csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', page).group(1)  # type: ignore[union-attr]
    refused = browser.get("/api/me")
    assert refused.status_code == 403 and refused.json()["error"] == "CsrfRefused"
    assert browser.get("/api/me", headers={"X-CSRF-Token": csrf}).json()["username"] == "grid"


def test_revoked_token_stops_working(client: TestClient) -> None:
    headers = token_for(client, "grid")
    assert client.post("/api/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/me", headers=headers).status_code == 401


def test_openapi_documents_the_registry(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/me", "/api/places/roots", "/api/places/{place_id}", "/api/places/{place_id}/children",
                 "/api/places/{place_id}/households", "/api/households/{household_id}",
                 "/api/persons/{person_id}", "/api/audit", "/api/auth/token"):
        assert path in spec["paths"], path
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    assert not any(p.startswith("/registry") or p == "/login" for p in spec["paths"])
