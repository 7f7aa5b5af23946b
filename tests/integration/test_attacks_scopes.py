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
    for call in (lambda: service.households_of(db, quarantine_staff, grid.id),
                 lambda: service.get_household(db, quarantine_staff, person.household_id),
                 lambda: service.get_place(db, quarantine_staff, grid.id)):
        with pytest.raises(PermissionDenied):
            call()
    assert db.scalar(select(Person.id).where(service.scope_clause(quarantine_staff, Person)).limit(1)) is None


def test_quarantine_staff_pages_and_api_show_no_resident(app, db) -> None:  # noqa: ANN001
    person = db.scalar(select(Person).order_by(Person.id).limit(1))
    household = db.get(Household, person.household_id)
    client = login(app, "quarantine")
    for path in (f"/registry/households/{household.id}",):
        response = client.get(path)
        assert response.status_code == 403, path
        assert person.name not in response.text
    token = TestClient(app).post("/api/auth/token", json={"username": "quarantine", "password": DEMO_PASSWORD})
    api = TestClient(app, headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    assert api.get(f"/api/households/{household.id}").status_code == 403
    # Nor one person by id: the registry's page and API vouch for nobody (they read any id before).
    page = client.get(f"/registry/persons/{person.id}")
    assert page.status_code == 403 and person.name not in page.text and "本隔离点" in page.text
    assert api.get(f"/api/persons/{person.id}").status_code == 403
    assert api.post(f"/api/persons/{person.id}/full", json={"reason": "curious"}).status_code == 403


def test_quarantine_staff_read_their_sites_guests_and_nobody_else(db, quarantine_staff) -> None:  # noqa: ANN001
    from fangkong.core.scope import system_actor
    from fangkong.isolation import service as isolation

    guest, stranger, elsewhere = db.scalars(select(Person).order_by(Person.id).limit(3)).all()
    operator = system_actor("test: sites and arrivals")
    own = isolation.create_site(db, operator, name="本专班隔离酒店", kind="hotel", venue_id=quarantine_staff.venue_id,
                                state="requisitioned")
    other = isolation.create_site(db, operator, name="别处隔离酒店", kind="hotel", state="requisitioned")
    isolation.create_batch(db, operator, site_id=own.id, origin_kind="home", person_ids=[guest.id])
    isolation.create_batch(db, operator, site_id=other.id, origin_kind="home", person_ids=[elsewhere.id])
    guests = isolation.site_guests(db, quarantine_staff)
    assert service.get_person(db, quarantine_staff, guest.id, site_scope=guests).id == guest.id  # an arrival
    for person in (stranger, elsewhere):  # nobody's guest; another site's guest
        with pytest.raises(PermissionDenied):
            service.get_person(db, quarantine_staff, person.id, site_scope=guests)
        with pytest.raises(PermissionDenied):
            service.find_person_by_id_number(db, quarantine_staff, person.id_number, site_scope=guests)
    with pytest.raises(PermissionDenied):  # without isolation vouching, not even the guest
        service.get_person(db, quarantine_staff, guest.id)
    # A transfer batch typed by identity numbers: for their own site, yes; for another site, nobody.
    assert service.find_person_by_id_number(db, quarantine_staff, stranger.id_number,
                                            site_scope=isolation.batch_vouch(db, quarantine_staff, own.id))
    with pytest.raises(PermissionDenied):
        service.find_person_by_id_number(db, quarantine_staff, stranger.id_number,
                                         site_scope=isolation.batch_vouch(db, quarantine_staff, other.id))


def test_a_grid_worker_still_browses_their_grid(db, grid_worker) -> None:  # noqa: ANN001
    assert [p.id for p in service.root_places(db, grid_worker)] == [grid_worker.jurisdiction_id]
