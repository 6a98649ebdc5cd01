"""adapter registry and import hash

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 06:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adapter",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("path", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("base_model", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("base_fingerprint", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("dataset_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("parent_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("metrics", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("adapter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adapter_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_adapter_created_at"), ["created_at"], unique=False)

    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_unique_constraint("uq_conversation_import_hash", ["import_hash"])


def downgrade() -> None:
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_constraint("uq_conversation_import_hash", type_="unique")
        batch_op.drop_column("import_hash")
    with op.batch_alter_table("adapter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adapter_created_at"))
        batch_op.drop_index(batch_op.f("ix_adapter_status"))
    op.drop_table("adapter")
