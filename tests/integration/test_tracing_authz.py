"""Who may do what in tracing, as a table written out here (not derived from `core.roles`): every demo
role × list cases, record a case, run discovery, approve a published trajectory, declare an exposure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.errors import NotFound, PermissionDenied
from fangkong.core.scope import Actor, system_actor
from fangkong.registry.models import Person
from fangkong.tracing import flows, publication, service
from tests.helpers import persona_in

NOW = datetime(2022, 12, 1, 10, 0)
Y, N = "allowed", "denied"
OPERATIONS = ("list_cases", "record_case", "discover", "approve", "declare")
TABLE = {
    "commander": (Y, Y, Y, Y, N),
    "district": (Y, N, N, N, N),
    "street": (Y, N, N, N, N),
    "grid": (Y, N, N, N, N),
    "sampler": (N, N, N, N, N),
    "lab": (N, N, N, N, N),
    "epidemiologist": (Y, Y, Y, N, N),
    "quarantine": (N, N, N, N, N),
    "checkpoint": (N, N, N, N, N),
    "property": (N, N, N, N, N),
    "resident": (N, N, N, N, Y),
    "auditor": (N, N, N, N, N),
}


def _operations(db: Session, case_id: int, publication_id: int, person_id: int) -> dict[str, Callable[[Actor], Any]]:
    return {
        "list_cases": lambda a: service.list_cases(db, a),
        "record_case": lambda a: flows.record_case(db, a, person_id=person_id, kind="asymptomatic", reported_at=NOW),
        "discover": lambda a: flows.discover(db, a, [case_id]),
        "approve": lambda a: publication.decide(db, a, publication_id, approve=True),
        "declare": lambda a: flows.declare_exposure(db, a, publication_id, 0),
    }


@pytest.mark.parametrize("username", sorted(TABLE))
def test_tracing_matrix(city_url: str, username: str) -> None:
    clock.set_clock(NOW)
    with Session(get_engine(city_url)) as db:
        actor, grid = persona_in(db, username), persona_in(db, "grid")
        # a person in the grid (inside every demo jurisdiction that covers it), not the resident persona
        persons = list(db.scalars(select(Person.id).where(Person.grid_id == grid.jurisdiction_id)
                                  .order_by(Person.id.desc()).limit(2)))
        system = system_actor("tests")
        case = flows.record_case(db, system, person_id=persons[0], kind="confirmed", reported_at=NOW)
        draft = publication.draft(db, system, case.id, [publication.Place("测试超市", NOW, None)])
        for operation, expected in zip(OPERATIONS, TABLE[username], strict=True):
            if operation == "declare":  # residents declare on an approved trajectory
                publication.decide(db, system, draft.id, approve=True)
            savepoint = db.begin_nested()
            try:
                _operations(db, case.id, draft.id, persons[1])[operation](actor)
                outcome = Y
            except (PermissionDenied, NotFound):
                outcome = N
            savepoint.rollback()
            assert (operation, outcome) == (operation, expected)
        db.rollback()
