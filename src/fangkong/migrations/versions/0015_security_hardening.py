"""security: failed sign-ins for the lockout; session expiry indexed for the device-key revocation list; audit MACs and seals

Revision ID: 0015
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )
    op.create_index("ix_login_failure_username_at", "login_failure", ["username", "at"])
    op.create_index("ix_login_failure_address_at", "login_failure", ["address", "at"])
    op.create_index(op.f("ix_auth_session_expires_at"), "auth_session", ["expires_at"])
    # Audit tamper evidence (core.auditchain): a MAC per entry and append-only seals of the hash chain.
    op.add_column("audit_log", sa.Column("mac", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("upto_id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seal")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_seal_no_{verb.lower()} BEFORE {verb} ON audit_seal "
                       "BEGIN SELECT RAISE(ABORT, 'audit_seal is append-only'); END")
    else:
        op.execute("CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_seal "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_seal_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_seal_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_seal_append_only ON audit_seal")
    op.drop_table("audit_seal")
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("mac")
    op.drop_index(op.f("ix_auth_session_expires_at"), table_name="auth_session")
    op.drop_index("ix_login_failure_address_at", table_name="login_failure")
    op.drop_index("ix_login_failure_username_at", table_name="login_failure")
    op.drop_table("login_failure")
