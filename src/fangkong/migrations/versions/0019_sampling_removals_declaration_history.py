"""sampling: wrong scans removed from open tubes; declarations with a risk level, corrections and withdrawals

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sample_removal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tube_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("recall_id", sa.Integer(), nullable=True),
        sa.Column("sampled_at", sa.DateTime(), nullable=False),
        sa.Column("sampler", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=False),
        sa.Column("removed_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["tube_id"], ["tube.id"], name=op.f("fk_sample_removal_tube_id_tube")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_removal")),
    )
    op.create_index(op.f("ix_sample_removal_tube_id"), "sample_removal", ["tube_id"])
    op.create_index(op.f("ix_sample_removal_person_id"), "sample_removal", ["person_id"])
    with op.batch_alter_table("code_declaration") as batch:
        batch.add_column(sa.Column("risk_level", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("replaces_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("superseded_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("withdrawn_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("withdrawn_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("code_declaration") as batch:
        for column in ("withdrawn_by", "withdrawn_at", "superseded_at", "replaces_id", "risk_level"):
            batch.drop_column(column)
    op.drop_index(op.f("ix_sample_removal_person_id"), table_name="sample_removal")
    op.drop_index(op.f("ix_sample_removal_tube_id"), table_name="sample_removal")
    op.drop_table("sample_removal")
