"""promotion: evaluation and approval on adapters, activation history, training runs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 06:20:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString
T = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("adapter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evaluation", S(), nullable=True))
        batch_op.add_column(sa.Column("report_path", S(), nullable=True))
        batch_op.add_column(sa.Column("decided_by", S(), nullable=True))
        batch_op.add_column(sa.Column("decision", S(), nullable=True))
        batch_op.add_column(sa.Column("decided_at", T(), nullable=True))
        batch_op.add_column(sa.Column("notified_at", T(), nullable=True))
    op.create_table(
        "activation",
        sa.Column("id", S(), nullable=False),
        sa.Column("adapter_id", S(), nullable=True),
        sa.Column("previous_id", S(), nullable=True),
        sa.Column("action", S(), nullable=False),
        sa.Column("actor", S(), nullable=False),
        sa.Column("reason", S(), nullable=False),
        sa.Column("created_at", T(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_activation_adapter_id", "activation", ["adapter_id"])
    op.create_index("ix_activation_created_at", "activation", ["created_at"])
    op.create_table(
        "trainingrun",
        sa.Column("id", S(), nullable=False),
        sa.Column("status", S(), nullable=False),
        sa.Column("trigger", S(), nullable=False),
        sa.Column("stage", S(), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("adapter_id", S(), nullable=True),
        sa.Column("error", S(), nullable=True),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.Column("lock", S(), nullable=True),
        sa.Column("started_at", T(), nullable=False),
        sa.Column("finished_at", T(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lock", name="uq_trainingrun_lock"),
    )
    op.create_index("ix_trainingrun_status", "trainingrun", ["status"])
    op.create_index("ix_trainingrun_started_at", "trainingrun", ["started_at"])


def downgrade() -> None:
    op.drop_table("trainingrun")
    op.drop_table("activation")
    with op.batch_alter_table("adapter", schema=None) as batch_op:
        for col in ("notified_at", "decided_at", "decision", "decided_by", "report_path", "evaluation"):
            batch_op.drop_column(col)
