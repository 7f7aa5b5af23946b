"""registry: an index of places by level and normalised name, for the review's place picker (decision 0021)

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_place_level_name_norm", "place", ["level", "name_norm"], postgresql_include=["id"])


def downgrade() -> None:
    op.drop_index("ix_place_level_name_norm", table_name="place")
