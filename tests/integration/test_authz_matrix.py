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
    "quarantine": (N, N, N, N, N, N),  # site-bound: the registry is not theirs (docs/security.md)
    "checkpoint": (N, N, N, N, N, N),
    "property": (Y, N, N, Y, N, N),  # a compound's volunteer cannot list a whole grid
    "resident": (N, N, N, N, N, N),  # another resident of the same grid
    "auditor": (N, N, N, N, N, Y),
}
# Scoped roles are refused everything about a person outside; city-wide roles see the same as inside.
CITY_WIDE = {"commander", "lab", "epidemiologist", "quarantine", "checkpoint", "auditor"}
OUTSIDE = {role: (row if role in CITY_WIDE else (N,) * 5 + (row[5],)) for role, row in INSIDE.items()}


def _target(db, actor: Actor, inside: bool) -> Person:  # type: ignore[no-untyped-def]
    """A person inside (or outside) the actor's jurisdiction; for a resident, a neighbour in the same grid."""
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
        if operation == "read_person":
            view = service.get_person(db, actor, person.id)
            assert view.masked and "*" in view.id_number and view.birth_date is None
        elif operation == "read_full":
            view = service.get_person(db, actor, person.id, full=True, reason="matrix test")
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
