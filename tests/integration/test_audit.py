from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from fangkong.core import audit, clock
from fangkong.core.db import get_engine, transaction
from fangkong.core.errors import PermissionDenied
from fangkong.core.models import AuditEntry
from fangkong.registry import service
from fangkong.registry.models import Person
from tests.helpers import persona_in


def test_full_read_is_audited_with_who_when_and_why(city_url: str) -> None:
    moment = datetime(2022, 12, 2, 9, 30)
    clock.set_clock(moment)
    with transaction(city_url) as db:
        actor = persona_in(db, "grid")
        person_id = db.scalar(select(Person.id).where(Person.grid_id == actor.jurisdiction_id).limit(1))
        service.get_person(db, actor, person_id, full=True, reason="核对门上纸条")
    with transaction(city_url) as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "read_full").order_by(AuditEntry.id.desc()))
        assert (entry.username, entry.role, entry.subject_type, entry.subject_id) == (
            "grid", "grid_worker", "person", str(person_id))
        assert entry.at == moment and entry.reason == "核对门上纸条"


def test_only_auditors_search_and_the_search_is_audited(city_url: str) -> None:
    with transaction(city_url) as db:
        with pytest.raises(PermissionDenied):
            audit.search(db, persona_in(db, "grid"), audit.AuditQuery())
        total, rows = audit.search(db, persona_in(db, "auditor"), audit.AuditQuery(action="login"))
        assert all(r.action == "login" for r in rows)
    with transaction(city_url) as db:
        assert db.scalar(select(AuditEntry).order_by(AuditEntry.id.desc())).action == "audit_search"


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET reason = 'x'", "DELETE FROM audit_log"])
def test_the_database_refuses_to_change_the_audit_log(city_url: str, statement: str) -> None:
    with get_engine(city_url).connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM audit_log")).scalar()
        assert before > 0
        with pytest.raises(DBAPIError):
            connection.execute(text(statement))
        connection.rollback()
        assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar() == before
