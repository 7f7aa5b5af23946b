"""security: first-login password change and TOTP on accounts; a login's stage; a quarantine site's venue; token sightings shared by server processes

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
        batch_op.add_column(sa.Column("totp_secret", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("totp_pending", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("totp_last_step", sa.Integer(), nullable=True))
    with op.batch_alter_table("auth_session") as batch_op:
        batch_op.add_column(sa.Column("stage", sa.String(length=8), server_default="", nullable=False))
    with op.batch_alter_table("quarantine_site") as batch_op:
        batch_op.add_column(sa.Column("venue_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_quarantine_site_venue_id"), ["venue_id"], unique=False)
    # Sites made before: the demo named each hotel site after its registry venue.
    op.execute("UPDATE quarantine_site SET venue_id = (SELECT MIN(venue.id) FROM venue WHERE venue.name = "
               "quarantine_site.name AND venue.kind = 'quarantine_hotel') WHERE venue_id IS NULL")
    op.create_table(
        "code_sighting",
        sa.Column("signature", sa.String(length=24), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.Column("expires_epoch", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_code_sighting")),
    )
    op.create_index(op.f("ix_code_sighting_expires_epoch"), "code_sighting", ["expires_epoch"])


def downgrade() -> None:
    op.drop_index(op.f("ix_code_sighting_expires_epoch"), table_name="code_sighting")
    op.drop_table("code_sighting")
    with op.batch_alter_table("quarantine_site") as batch_op:
        batch_op.drop_index(batch_op.f("ix_quarantine_site_venue_id"))
        batch_op.drop_column("venue_id")
    with op.batch_alter_table("auth_session") as batch_op:
        batch_op.drop_column("stage")
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_column("totp_last_step")
        batch_op.drop_column("totp_pending")
        batch_op.drop_column("totp_secret")
        batch_op.drop_column("must_change_password")
