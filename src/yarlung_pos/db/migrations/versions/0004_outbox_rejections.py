"""outbox: events the server rejected are set aside with their reason

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('outbox', sa.Column('rejected_reason', sa.Text(), nullable=True))
    op.create_index('ix_outbox_pending', 'outbox', ['sent_at', 'rejected_reason', 'seq'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_pending', table_name='outbox')
    with op.batch_alter_table('outbox') as batch_op:
        batch_op.drop_column('rejected_reason')
