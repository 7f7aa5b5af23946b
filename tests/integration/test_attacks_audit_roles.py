"""Attack suite: an official with the application's database login rewrites the audit log. On PostgreSQL the
append-only rule was only a trigger on a table the application's role owned: its owner may disable or drop the
trigger and then UPDATE, DELETE or TRUNCATE. Now `fangkong db harden --app-role NAME` gives the audit tables to a
separate owner and leaves the application's role SELECT and INSERT there: the database refuses the rest by
privilege, before any trigger runs, while the application keeps working. PostgreSQL only (SQLite has no roles:
there the triggers and the MAC-ed hash chain of `fangkong audit verify` are the guard, test_attacks_audit.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from fangkong.core import audit
from fangkong.core.db import get_engine
from fangkong.core.models import AuditEntry
from fangkong.core.scope import system_actor

pytestmark = pytest.mark.security


@pytest.fixture
def roles(db_url: str) -> Iterator[tuple[str, str]]:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has no database roles: the triggers and `fangkong audit verify` guard the log there")
    app_role, owner = f"fk_app_{os.getpid()}", f"fk_audit_owner_{os.getpid()}"
    with get_engine(db_url).begin() as connection:
        connection.execute(text(f"DROP ROLE IF EXISTS {app_role}"))
        connection.execute(text(f"CREATE ROLE {app_role} LOGIN PASSWORD 'app-password-for-the-test'"))
    yield app_role, owner
    with get_engine(db_url).begin() as connection:
        for role in (app_role, owner):
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                connection.execute(text(f"REASSIGN OWNED BY {role} TO CURRENT_USER"))
                connection.execute(text(f"DROP OWNED BY {role}"))
                connection.execute(text(f"DROP ROLE {role}"))


def _refused_by_privilege(connection, statement: str) -> bool:  # noqa: ANN001
    try:
        with connection.begin_nested():
            connection.execute(text(statement))
    except DBAPIError as exc:
        return getattr(exc.orig, "sqlstate", "") == "42501"  # insufficient_privilege, not the trigger's error
    return False


def test_the_application_role_can_insert_and_read_the_audit_log_but_not_rewrite_it(db_url: str, roles) -> None:  # noqa: ANN001
    app_role, owner = roles
    from fangkong.cli import app as cli

    url = make_url(get_engine(db_url).url).set(username=app_role, password="app-password-for-the-test")
    # Before: the application's role ran the migrations and owns the log, as the deployment notes used to allow.
    with get_engine(db_url).begin() as connection:
        for table in ("audit_log", "audit_seal"):
            connection.execute(text(f"ALTER TABLE {table} OWNER TO {app_role}"))
    before = create_engine(url)
    try:
        with before.begin() as connection:  # the owner switches the append-only trigger off: nothing stops it
            assert not _refused_by_privilege(connection, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
            assert not _refused_by_privilege(connection, "DELETE FROM audit_log")
            connection.rollback()
    finally:
        before.dispose()

    result = CliRunner().invoke(cli, ["db", "harden", "--app-role", app_role, "--owner-role", owner,
                                      "--database", db_url])
    assert result.exit_code == 0, result.output
    engine = create_engine(url)
    try:
        with Session(engine) as db:  # the application writes its audit entries as always
            audit.record(db, system_actor("test: the application"), "write", "platform", None, {"n": 1})
            db.commit()
        with engine.begin() as connection:
            count = connection.execute(select(func.count()).select_from(AuditEntry)).scalar()
            assert count >= 1
            for statement in ("UPDATE audit_log SET reason = 'rewritten'", "DELETE FROM audit_log",
                              "TRUNCATE audit_log", "TRUNCATE audit_seal", "DELETE FROM audit_seal",
                              "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
                              "DROP TABLE audit_log"):
                assert _refused_by_privilege(connection, statement), statement
            # Everything else works as before: the application is not crippled.
            connection.execute(text("UPDATE account SET display_name = display_name"))
            assert connection.execute(select(func.count()).select_from(AuditEntry)).scalar() == count
    finally:
        engine.dispose()
    # Running it again changes nothing and succeeds (idempotent).
    again = CliRunner().invoke(cli, ["db", "harden", "--app-role", app_role, "--owner-role", owner,
                                     "--database", db_url])
    assert again.exit_code == 0, again.output


def test_a_superuser_application_role_is_refused(db_url: str, roles) -> None:  # noqa: ANN001
    from fangkong.cli import app as cli

    superuser = make_url(get_engine(db_url).url).username
    result = CliRunner().invoke(cli, ["db", "harden", "--app-role", superuser, "--database", db_url])
    assert result.exit_code == 1 and "superuser" in result.output
