"""flag adapters trained on data of people who were later forgotten

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 06:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("adapter", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("forgotten_contributors", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("adapter", schema=None) as batch_op:
        batch_op.drop_column("forgotten_contributors")
