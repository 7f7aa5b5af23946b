"""Authorisation as a matrix: every demo role × every registry operation × a person inside and one
outside the role's jurisdiction. The expected outcomes are written out here, not derived from
`core.roles`, so a change of the rules in code must be matched by a change of this table."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fangkong.core import audit
from fangkong.core.db import transaction
from fangkong.core.errors import PermissionDenied
from fangkong.core.scope import Actor, scope_column
from fangkong.registry import service
from fangkong.registry.models import Person
from tests.helpers import persona_in

OPERATIONS = ("read_person", "read_full", "households_of_grid", "get_household", "create_household", "audit_search")
Y, N = "allowed", "denied"
# role -> outcome per operation, for a person INSIDE the role's jurisdiction
INSIDE = {
    "commander": (Y, Y, Y, Y, Y, Y),
    "district": (Y, Y, Y, Y, Y, N),
    "street": (Y, Y, Y, Y, Y, N),
    "grid": (Y, Y, Y, Y, Y, N),
    "sampler": (Y, N, Y, Y, N, N),
    "lab": (N, N, N, N, N, N),
    "epidemiologist": (Y, Y, Y, Y, N, N),
    # Site-bound: no browsing or lists; a guest of their own site (a stay there, or an arrival bound for it) by id,
    # as the isolation pages read it; anyone else is outside (docs/security.md, "Role scopes").
    "quarantine": (Y, Y, N, N, N, N),
    "checkpoint": (N, N, N, N, N, N),
    "property": (Y, N, N, Y, N, N),  # a compound's volunteer cannot list a whole grid
    "resident": (N, N, N, N, N, N),  # another resident of the same grid
    "hotline": (Y, N, Y, Y, N, N),  # 12345 finds any caller in the city, masked; changes nothing
    "auditor": (N, N, N, N, N, Y),
}
# Scoped roles are refused everything about a person outside; city-wide roles see the same as inside.
CITY_WIDE = {"commander", "lab", "epidemiologist", "checkpoint", "hotline", "auditor"}
OUTSIDE = {role: (row if role in CITY_WIDE else (N,) * 5 + (row[5],)) for role, row in INSIDE.items()}


def _target(db, actor: Actor, inside: bool) -> Person:  # type: ignore[no-untyped-def]
    """A person inside (or outside) the actor's jurisdiction; for a resident, a neighbour in the same grid."""
    if actor.role == "quarantine_staff":  # a guest of their site (an arrival bound for it), or anyone else
        from fangkong.core.scope import system_actor
        from fangkong.isolation import service as isolation

        first, last = (db.scalar(select(Person).order_by(order).limit(1)) for order in (Person.id, Person.id.desc()))
        operator = system_actor("matrix: a site and an arrival")
        site = isolation.create_site(db, operator, name="矩阵测试隔离点", kind="hotel", venue_id=actor.venue_id,
                                     state="requisitioned")
        isolation.create_batch(db, operator, site_id=site.id, origin_kind="home", person_ids=[first.id])
        return first if inside else last
    if actor.role == "resident":
        own = db.get(Person, actor.person_id)
        condition = (Person.grid_id == own.grid_id) if inside else (Person.district_id != own.district_id)
        return db.scalar(select(Person).where(condition, Person.id != own.id).order_by(Person.id).limit(1))
    if actor.jurisdiction_id is None:
        order = Person.id if inside else Person.id.desc()
        return db.scalar(select(Person).order_by(order).limit(1))
    column = getattr(Person, scope_column(actor.jurisdiction_level))
    condition = (column == actor.jurisdiction_id) if inside else (column != actor.jurisdiction_id)
    return db.scalar(select(Person).where(condition).order_by(Person.id).limit(1))


def _run(db, actor: Actor, operation: str, person: Person) -> str:  # type: ignore[no-untyped-def]
    try:
        # A person as the isolation pages read them: site-bound roles need isolation to vouch (others ignore it).
        from fangkong.isolation.service import site_guests

        if operation == "read_person":
            view = service.get_person(db, actor, person.id, site_scope=site_guests(db, actor))
            assert view.masked and "*" in view.id_number and view.birth_date is None
        elif operation == "read_full":
            view = service.get_person(db, actor, person.id, full=True, reason="matrix test",
                                      site_scope=site_guests(db, actor))
            assert view.id_number == person.id_number
        elif operation == "households_of_grid":
            service.households_of(db, actor, person.grid_id, limit=5)
        elif operation == "get_household":
            service.get_household(db, actor, person.household_id)
        elif operation == "create_household":
            service.create_household(db, actor, unit_id=person.unit_id, door="9901")
        elif operation == "audit_search":
            audit.search(db, actor, audit.AuditQuery(limit=1))
    except PermissionDenied:
        return N
    return Y


@pytest.mark.parametrize("inside", [True, False], ids=["inside", "outside"])
@pytest.mark.parametrize("username", sorted(INSIDE))
def test_role_matrix(city_url: str, username: str, inside: bool) -> None:
    expected = dict(zip(OPERATIONS, (INSIDE if inside else OUTSIDE)[username], strict=True))
    got = {}
    for operation in OPERATIONS:
        with transaction(city_url) as db:
            actor = persona_in(db, username)
            person = _target(db, actor, inside)
            assert person is not None
            got[operation] = _run(db, actor, operation, person)
            db.rollback()  # keep the shared city unchanged for the next case
    assert got == expected


def test_a_resident_reads_only_their_own_record(city_url: str) -> None:
    with transaction(city_url) as db:
        actor = persona_in(db, "resident")
        own = service.get_person(db, actor, actor.person_id)
        assert not own.masked
        neighbour = _target(db, actor, inside=True)
        with pytest.raises(PermissionDenied):
            service.get_person(db, actor, neighbour.id)


# ---- isolation: sites, stays, requests, capacity --------------------------------------------------------

ISOLATION_OPERATIONS = ("list_sites", "manage_site", "place_stay", "request_quarantine", "capacity")
ISOLATION = {
    "commander": (Y, Y, Y, Y, Y),
    "district": (Y, Y, N, Y, Y),
    "street": (Y, Y, N, Y, Y),
    "grid": (Y, N, N, Y, Y),  # files a medical emergency's transfer (support) with the same permission
    "sampler": (N, N, N, N, N),
    "lab": (N, N, N, N, N),
    "epidemiologist": (Y, N, Y, Y, Y),
    "quarantine": (Y, N, Y, Y, Y),
    "checkpoint": (N, N, N, N, N),
    "property": (N, N, N, N, N),
    "resident": (N, N, N, N, N),
    "auditor": (N, N, N, N, N),
}


def _run_isolation(db, actor: Actor, operation: str, person: Person) -> str:  # type: ignore[no-untyped-def]
    from fangkong.core import clock
    from fangkong.isolation import flows as isolation_flows
    from fangkong.isolation import service as isolation

    try:
        if operation == "list_sites":
            isolation.list_sites(db, actor)
        elif operation == "manage_site":
            isolation.create_site(db, actor, name="矩阵测试酒店", kind="hotel")
        elif operation == "place_stay":  # a home stay under the policy in force (no site needed)
            isolation_flows.place(db, actor, person_id=person.id, group="arrival_high", start_at=clock.now())
        elif operation == "request_quarantine":
            isolation.request_quarantine(db, actor, person_id=person.id, reason="close_contact")
        elif operation == "capacity":
            isolation.board(db, actor, now=clock.now())
    except PermissionDenied:
        return N
    return Y


@pytest.mark.parametrize("username", sorted(ISOLATION))
def test_isolation_role_matrix(city_url: str, username: str) -> None:
    expected = dict(zip(ISOLATION_OPERATIONS, ISOLATION[username], strict=True))
    got = {}
    for operation in ISOLATION_OPERATIONS:
        with transaction(city_url) as db:
            actor = persona_in(db, username)
            person = _target(db, actor, inside=True)
            got[operation] = _run_isolation(db, actor, operation, person)
            db.rollback()
    assert got == expected


# ---- support for residents: every demo role × the support operations, for a person inside -----------------

SUPPORT_OPERATIONS = ("file_for_someone", "list_requests", "vulnerable_list", "overview", "save_access_plan")
SUPPORT_INSIDE = {
    "commander": (Y, Y, Y, Y, Y),
    "district": (Y, Y, Y, Y, Y),
    "street": (Y, Y, Y, Y, Y),
    "grid": (Y, Y, Y, Y, Y),
    "sampler": (N, N, N, N, N),
    "lab": (N, N, N, N, N),
    "epidemiologist": (N, N, N, N, N),
    "quarantine": (N, N, N, N, N),
    "checkpoint": (N, N, N, N, N),
    "property": (N, Y, N, N, Y),  # works its compound's requests and keeps its access plan
    "resident": (N, N, N, N, N),  # asks only for themself
    "hotline": (Y, N, N, N, N),  # files for any caller; the lists are the community's
    "auditor": (N, N, N, N, N),
}


def _run_support(db, actor: Actor, operation: str, person: Person) -> str:  # type: ignore[no-untyped-def]
    from fangkong.support import service as support

    try:
        if operation == "file_for_someone":
            support.file_request(db, actor, person_id=person.id, kind="food")
        elif operation == "list_requests":
            support.requests_in_scope(db, actor)
        elif operation == "vulnerable_list":
            support.vulnerable_list(db, actor)
        elif operation == "overview":
            support.overview(db, actor)
        elif operation == "save_access_plan":
            support.save_plan(db, actor, compound_id=person.compound_id, route="东门→消防通道", on_duty_name="值班",
                              on_duty_phone="12345678")
    except PermissionDenied:
        return N
    return Y


@pytest.mark.parametrize("username", sorted(SUPPORT_INSIDE))
def test_support_role_matrix(city_url: str, username: str) -> None:
    expected = dict(zip(SUPPORT_OPERATIONS, SUPPORT_INSIDE[username], strict=True))
    got = {}
    for operation in SUPPORT_OPERATIONS:
        with transaction(city_url) as db:
            actor = persona_in(db, username)
            person = _target(db, actor, inside=True)
            got[operation] = _run_support(db, actor, operation, person)
            db.rollback()
    assert got == expected
