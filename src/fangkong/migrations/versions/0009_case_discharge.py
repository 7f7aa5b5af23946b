"""Case discharge: an infection ends (治愈出院) and stops counting for the health code.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discharged_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_report", schema=None) as batch_op:
        batch_op.drop_column("discharged_at")
