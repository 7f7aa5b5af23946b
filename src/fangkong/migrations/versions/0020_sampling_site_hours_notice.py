"""testing: sampling sites' opening hours, the office's sampling notice of the day, an index for the live queue estimate

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sampling_site") as batch:
        batch.add_column(sa.Column("opens", sa.String(length=5), nullable=True))
        batch.add_column(sa.Column("closes", sa.String(length=5), nullable=True))
    op.create_index("ix_tube_site_sealed", "tube", ["site_id", "sealed_at"])
    op.create_table(
        "sampling_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_sampling_notice_place_id_place")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sampling_notice")),
    )
    op.create_index("ix_sampling_notice_day_place", "sampling_notice", ["day", "place_id"])


def downgrade() -> None:
    op.drop_index("ix_sampling_notice_day_place", table_name="sampling_notice")
    op.drop_table("sampling_notice")
    op.drop_index("ix_tube_site_sealed", table_name="tube")
    with op.batch_alter_table("sampling_site") as batch:
        batch.drop_column("closes")
        batch.drop_column("opens")
