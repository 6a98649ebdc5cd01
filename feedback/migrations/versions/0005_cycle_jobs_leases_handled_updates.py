"""several processes: the cycle job queue, leases (one scheduler), handled webhook updates

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 08:20:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString
T = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "cycle_jobs",
        sa.Column("id", S(), nullable=False),
        sa.Column("kind", S(), nullable=False),
        sa.Column("requested_by", S(), nullable=False),
        sa.Column("payload", S(), nullable=False),
        sa.Column("status", S(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("claimed_by", S(), nullable=True),
        sa.Column("claimed_at", T(), nullable=True),
        sa.Column("heartbeat_at", T(), nullable=True),
        sa.Column("run_id", S(), nullable=True),
        sa.Column("result", S(), nullable=True),
        sa.Column("error", S(), nullable=True),
        sa.Column("created_at", T(), nullable=False),
        sa.Column("finished_at", T(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cycle_jobs_status", "cycle_jobs", ["status"])
    op.create_index("ix_cycle_jobs_created_at", "cycle_jobs", ["created_at"])
    op.create_table(
        "leases",
        sa.Column("name", S(), nullable=False),
        sa.Column("holder", S(), nullable=False),
        sa.Column("expires_at", T(), nullable=False),
        sa.Column("acquired_at", T(), nullable=False),
        sa.Column("created_at", T(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "handled_updates",
        sa.Column("id", sa.Integer(), sa.Identity(), nullable=False),
        sa.Column("platform", S(), nullable=False),
        sa.Column("update_id", sa.BigInteger(), nullable=False),
        sa.Column("handled_by", S(), nullable=False),
        sa.Column("created_at", T(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "update_id", name="uq_handled_update"),
    )
    op.create_index("ix_handled_updates_created_at", "handled_updates", ["created_at"])


def downgrade() -> None:
    op.drop_table("handled_updates")
    op.drop_table("leases")
    op.drop_table("cycle_jobs")
