"""PostgreSQL: the application's role cannot rewrite the audit log (docs/security.md, "Deploying").

`fangkong db harden --app-role NAME` (run as a superuser, or as the database's owner, after
`fangkong db upgrade`):
- makes a separate owner role (NOLOGIN, default `fangkong_audit_owner`) own `audit_log` and `audit_seal` (their
  id sequences follow), so the application's role is not their owner: it cannot ALTER them, disable or drop the
  append-only triggers, nor TRUNCATE;
- grants the application's role SELECT and INSERT on them (and USAGE on their sequences), and takes UPDATE,
  DELETE, TRUNCATE and every other privilege there from it and from PUBLIC;
- grants the application's role ordinary use of every other table (SELECT, INSERT, UPDATE, DELETE) and sequence.
It refuses an application role that is a superuser or a member of the owner role (either would undo the point),
and warns when the application's role owns the schema or the database (a schema owner may DROP the table): run
the migrations as another role then. The triggers stay as a second guard. Idempotent."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Connection

from fangkong.core.errors import InvalidInput

AUDIT_TABLES = ("audit_log", "audit_seal")
DEFAULT_OWNER = "fangkong_audit_owner"


@dataclass
class Hardened:
    owner: str
    app_role: str
    warnings: list[str] = field(default_factory=list)


def _ident(connection: Connection, name: str) -> str:
    if not name or len(name) > 63:
        raise InvalidInput("角色名无效", f"Invalid role name {name!r}")
    return connection.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one()


def harden(connection: Connection, app_role: str, owner: str = DEFAULT_OWNER) -> Hardened:
    """Apply the grants above on a PostgreSQL connection (the caller commits)."""
    if connection.dialect.name != "postgresql":
        raise InvalidInput("仅适用于 PostgreSQL(SQLite 上审计日志由触发器和哈希链保护)",
                           "PostgreSQL only (on SQLite the audit log is guarded by triggers and the hash chain)")
    app, own = _ident(connection, app_role), _ident(connection, owner)
    found = connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"), {"r": app_role}).first()
    if found is None:
        raise InvalidInput(f"角色 {app_role} 不存在", f"Role {app_role} does not exist: CREATE ROLE {app_role} LOGIN "
                           "PASSWORD '...' first")
    if found[0]:
        raise InvalidInput(f"{app_role} 是超级用户", f"{app_role} is a superuser: it could rewrite anything")
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": owner}).first() is None:
        connection.execute(text(f"CREATE ROLE {own} NOLOGIN"))
    if connection.execute(text("SELECT pg_has_role(:a, :o, 'MEMBER')"), {"a": app_role, "o": owner}).scalar():
        raise InvalidInput(f"{app_role} 是 {owner} 的成员", f"{app_role} is a member of {owner}")
    result = Hardened(owner, app_role)
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {app}"))
    connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}"))
    connection.execute(text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {app}"))
    for table in AUDIT_TABLES:
        connection.execute(text(f"ALTER TABLE {table} OWNER TO {own}"))  # the id sequence follows its table
        connection.execute(text(f"REVOKE ALL ON {table} FROM PUBLIC, {app}"))
        connection.execute(text(f"GRANT SELECT, INSERT ON {table} TO {app}"))
        connection.execute(text(f"GRANT USAGE ON SEQUENCE {table}_id_seq TO {app}"))
    schema_owner = connection.execute(text(
        "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'")).scalar()
    database_owner = connection.execute(text(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")).scalar()
    if app_role in (schema_owner, database_owner):
        result.warnings.append(f"{app_role} owns the schema or the database and could DROP the audit tables: "
                               "give them to another role (ALTER SCHEMA public OWNER TO ..., ALTER DATABASE ... "
                               "OWNER TO ...) and run the migrations as that role.")
    return result


__all__ = ["AUDIT_TABLES", "DEFAULT_OWNER", "Hardened", "harden"]
