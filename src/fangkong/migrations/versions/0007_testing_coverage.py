"""Testing coverage: door-note confirmations, home-sampling requests, exemptions.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "coverage_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("persons_on_note", sa.Integer(), nullable=True),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("sampled", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=True),
        sa.Column("street_id", sa.Integer(), nullable=True),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("grid_id", sa.Integer(), nullable=True),
        sa.Column("compound_id", sa.Integer(), nullable=True),
        sa.Column("building_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"],
                                name=op.f("fk_coverage_note_household_id_household")),
        sa.ForeignKeyConstraint(["round_id"], ["test_round.id"], name=op.f("fk_coverage_note_round_id_test_round")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_note")),
    )
    with op.batch_alter_table("coverage_note", schema=None) as batch_op:
        batch_op.create_index("ix_coverage_note_round_household", ["round_id", "household_id"], unique=False)
        batch_op.create_index("ix_coverage_note_round_grid", ["round_id", "grid_id"], unique=False)

    op.create_table(
        "coverage_note_person",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["coverage_note.id"],
                                name=op.f("fk_coverage_note_person_note_id_coverage_note")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_coverage_note_person_person_id_person")),
        sa.PrimaryKeyConstraint("note_id", "person_id", name=op.f("pk_coverage_note_person")),
    )
    with op.batch_alter_table("coverage_note_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coverage_note_person_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("coverage_note_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_note_person_person_id"))
    op.drop_table("coverage_note_person")
    with op.batch_alter_table("coverage_note", schema=None) as batch_op:
        batch_op.drop_index("ix_coverage_note_round_grid")
        batch_op.drop_index("ix_coverage_note_round_household")
    op.drop_table("coverage_note")
