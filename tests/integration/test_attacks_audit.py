"""Attack suite: the audit log (issue 16). Refused attempts left no row (rolled back with the request); a list
of 540 persons was one row naming none; a reason of 1,000,000 characters was stored for ever; on SQLite a
dropped trigger let a forged or changed row in, and nothing would have noticed. Now refusals are audited in a
transaction of their own, list reads name who was shown (compact id ranges), reasons are capped, and every
entry carries a MAC and the log is sealed in a hash chain: `fangkong audit verify` names a forged, changed or
missing entry. Both databases."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select, text
from typer.testing import CliRunner

from fangkong.cli import app as cli
from fangkong.core import audit, auditchain, clock
from fangkong.core.db import get_engine, transaction
from fangkong.core.errors import InvalidInput
from fangkong.core.models import AuditEntry
from fangkong.registry import service
from fangkong.registry.models import Person, Place
from fangkong.web.app import create_app
from tests.conftest import IS_POSTGRES
from tests.helpers import login

pytestmark = pytest.mark.security


@pytest.fixture(scope="module")
def app(city_url: str):  # noqa: ANN201
    return create_app(city_url)


def _without_guards(url: str, statement: str, **params: object) -> None:
    """What an attacker with the database's password does: switch the append-only triggers off, then write."""
    engine = get_engine(url)
    with engine.begin() as connection:
        if IS_POSTGRES:
            connection.execute(text("ALTER TABLE audit_log DISABLE TRIGGER ALL"))
        else:
            connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
            connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
        connection.execute(text(statement), params)
        if IS_POSTGRES:
            connection.execute(text("ALTER TABLE audit_log ENABLE TRIGGER ALL"))


def _verify(url: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["audit", "verify", "--database", url])
    return result.exit_code, result.output


def test_a_forged_a_changed_and_a_removed_entry_are_all_found(db_url: str) -> None:
    from tests.helpers import new_persona

    with transaction(db_url) as db:
        actor = new_persona(db, "commander")
        for n in range(6):
            audit.record(db, actor, "read", "person", n + 1, {"n": n})
    clock.set_clock(clock.now() + timedelta(minutes=5))
    with transaction(db_url) as db:
        assert auditchain.seal(db) is not None
    assert _verify(db_url)[0] == 0

    with transaction(db_url) as db:  # forged: written straight into the table, without the secret
        db.execute(insert(AuditEntry).values(at=clock.now(), account_id=None, username="commander", role="commander",
                                             action="write", subject_type="person", subject_id="1",
                                             detail="{}", reason="", mac="0" * 64))
    code, output = _verify(db_url)
    assert code == 1 and "changed_or_forged" in output

    with transaction(db_url) as db:
        first, third = db.scalars(select(AuditEntry.id).where(AuditEntry.action == "read")
                                  .order_by(AuditEntry.id)).all()[0:3:2]
    _without_guards(db_url, "UPDATE audit_log SET reason = 'nothing to see' WHERE id = :id", id=first)
    _without_guards(db_url, "DELETE FROM audit_log WHERE id = :id", id=third)
    code, output = _verify(db_url)
    assert code == 1
    assert f"entry #{first} " in output  # changed
    assert "missing_or_inserted" in output  # removed below the seal


def test_a_refused_attempt_is_audited_though_the_request_is_rolled_back(app, city_url: str, db) -> None:  # noqa: ANN001
    other = db.scalar(select(Person).where(Person.district_id != db.scalar(
        select(Place.district_id).where(Place.level == "grid", Place.name.like("光华街社区第1网格%")).limit(1)))
        .order_by(Person.id).limit(1))
    client = login(app, "grid")
    assert client.get(f"/registry/persons/{other.id}").status_code == 403
    with transaction(city_url) as fresh:
        row = fresh.scalars(select(AuditEntry).where(AuditEntry.action == "refused", AuditEntry.username == "grid")
                            .order_by(AuditEntry.id.desc()).limit(1)).first()
    assert row is not None and f"/registry/persons/{other.id}" in row.detail


def test_a_list_read_names_every_person_shown(db, grid_worker) -> None:  # noqa: ANN001
    _total, views = service.households_of(db, grid_worker, grid_worker.jurisdiction_id, limit=50)
    shown = {m.id for view in views for m in view.members}
    row = db.scalars(select(AuditEntry).where(AuditEntry.subject_type == "household_list")
                     .order_by(AuditEntry.id.desc()).limit(1)).one()
    named: set[int] = set()
    for part in json.loads(row.detail)["persons"].split(","):
        low, _, high = part.partition("-")
        named.update(range(int(low), int(high or low) + 1))
    assert shown and named == shown
    assert len(row.detail) < 40 * len(views) + 200  # compact: ranges, not one object per person


def test_a_reason_is_capped_everywhere(db, grid_worker) -> None:  # noqa: ANN001
    person = db.scalar(select(Person).where(Person.grid_id == grid_worker.jurisdiction_id).limit(1))
    before = db.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(InvalidInput):
        service.get_person(db, grid_worker, person.id, full=True, reason="x" * 1_000_000)
    assert db.scalar(select(func.count()).select_from(AuditEntry)) == before
    service.get_person(db, grid_worker, person.id, full=True, reason="phoning about the test" * 10)


def test_a_reason_never_travels_in_a_url(app, db) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    from fangkong.drill.demo import DEMO_PASSWORD

    person = db.scalar(select(Person).order_by(Person.id).limit(1))
    token = TestClient(app).post("/api/auth/token", json={"username": "commander", "password": DEMO_PASSWORD})
    api = TestClient(app, headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    in_url = api.get(f"/api/persons/{person.id}", params={"full": "true", "reason": "secret errand"})
    assert in_url.status_code == 200 and in_url.json()["masked"] is True  # the URL cannot unmask
    body = api.post(f"/api/persons/{person.id}/full", json={"reason": "checking the note on the door"})
    assert body.status_code == 200 and body.json()["masked"] is False
    assert api.post(f"/api/persons/{person.id}/full", json={"reason": "x" * 501}).status_code == 422
    paths = set(api.get("/openapi.json").json()["paths"])
    spec = api.get("/openapi.json").json()["paths"]
    for path in paths:
        for operation in spec[path].values():
            names = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]
            assert "reason" not in names, f"{path} takes a reason in its URL"
