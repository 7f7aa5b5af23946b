"""Samples without foreign keys: a whole-city round inserts millions of samples at once, and
PostgreSQL checks each foreign key row by row (decision 0006). testing.service is the only writer
and takes tube, person and round ids from rows it has just read or created.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FOREIGN_KEYS = (("tube_id", "tube"), ("person_id", "person"), ("round_id", "test_round"))


def upgrade() -> None:
    with op.batch_alter_table("sample", schema=None) as batch_op:
        for column, target in _FOREIGN_KEYS:
            batch_op.drop_constraint(f"fk_sample_{column}_{target}", type_="foreignkey")


def downgrade() -> None:
    with op.batch_alter_table("sample", schema=None) as batch_op:
        for column, target in _FOREIGN_KEYS:
            batch_op.create_foreign_key(f"fk_sample_{column}_{target}", target, [column], ["id"])
