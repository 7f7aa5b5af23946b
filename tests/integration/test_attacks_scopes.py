"""Attack suite: role scopes. Quarantine staff had no place jurisdiction and so browsed the whole city's
registry (issue 16). A site-bound role now browses nobody in the registry: pages, API and services refuse, and
the registry home shows no one. Both databases. (The full role × operation matrix is test_authz_matrix.py.)"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from fangkong.core.errors import PermissionDenied
from fangkong.drill.demo import DEMO_PASSWORD
from fangkong.registry import service
from fangkong.registry.models import Household, Person, Place
from fangkong.web.app import create_app
from tests.helpers import login

pytestmark = pytest.mark.security


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


def test_quarantine_staff_browse_nobody_in_the_registry(db, quarantine_staff) -> None:  # noqa: ANN001
    person = db.scalar(select(Person).order_by(Person.id).limit(1))
    grid = db.scalar(select(Place).where(Place.level == "grid").order_by(Place.id).limit(1))
    assert service.root_places(db, quarantine_staff) == []
    for call in (lambda: service.get_person(db, quarantine_staff, person.id),
                 lambda: service.households_of(db, quarantine_staff, grid.id),
                 lambda: service.get_household(db, quarantine_staff, person.household_id),
                 lambda: service.get_place(db, quarantine_staff, grid.id)):
        with pytest.raises(PermissionDenied):
            call()
    assert db.scalar(select(Person.id).where(service.scope_clause(quarantine_staff, Person)).limit(1)) is None


def test_quarantine_staff_pages_and_api_show_no_resident(app, db) -> None:  # noqa: ANN001
    person = db.scalar(select(Person).order_by(Person.id).limit(1))
    household = db.get(Household, person.household_id)
    client = login(app, "quarantine")
    for path in (f"/registry/persons/{person.id}", f"/registry/households/{household.id}"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert person.name not in response.text
    token = TestClient(app).post("/api/auth/token", json={"username": "quarantine", "password": DEMO_PASSWORD})
    api = TestClient(app, headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    assert api.get(f"/api/persons/{person.id}").status_code == 403
    assert api.get(f"/api/households/{household.id}").status_code == 403


def test_a_grid_worker_still_browses_their_grid(db, grid_worker) -> None:  # noqa: ANN001
    assert [p.id for p in service.root_places(db, grid_worker)] == [grid_worker.jurisdiction_id]
