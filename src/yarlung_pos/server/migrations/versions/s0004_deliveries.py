"""deliveries: home-delivery orders from the tills (issue #16)

New tables: ``deliveries`` (one row per delivery ``uuid``: the newest snapshot received, with
the columns the county reports group by) and ``delivery_history`` (the statuses it reached).
Nothing existing changes; the way back drops both.

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-03 13:58:58.725987
"""
import sqlalchemy as sa
from alembic import op


revision = 's0004'
down_revision = 's0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deliveries',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('terminal_code', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('sale_uuid', sa.String(length=36), nullable=False),
    sa.Column('sale_number', sa.String(length=32), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('channel_order', sa.Text(), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_bo', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('province', sa.Text(), nullable=False),
    sa.Column('prefecture', sa.Text(), nullable=False),
    sa.Column('county', sa.Text(), nullable=False),
    sa.Column('township', sa.Text(), nullable=True),
    sa.Column('street', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('requested_date', sa.String(length=10), nullable=True),
    sa.Column('weight_g', sa.Integer(), nullable=True),
    sa.Column('zone', sa.String(length=16), nullable=False),
    sa.Column('postage_fen', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('carrier', sa.Text(), nullable=True),
    sa.Column('tracking', sa.String(length=40), nullable=True),
    sa.Column('postage_paid_fen', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.String(length=10), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=False),
    sa.Column('handed_over_at', sa.Text(), nullable=True),
    sa.Column('delivered_at', sa.Text(), nullable=True),
    sa.Column('returned_at', sa.Text(), nullable=True),
    sa.Column('refund_uuid', sa.String(length=36), nullable=True),
    sa.Column('return_disposition', sa.String(length=16), nullable=True),
    sa.Column('erased_at', sa.Text(), nullable=True),
    sa.Column('history_len', sa.Integer(), nullable=False),
    sa.Column('event_at', sa.Text(), nullable=False),
    sa.Column('event_uuid', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliveries_channel'), ['channel'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_county'), ['county'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_local_date'), ['local_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_prefecture'), ['prefecture'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_sale_uuid'), ['sale_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliveries_terminal_code'), ['terminal_code'], unique=False)

    op.create_table('delivery_history',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('delivery_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('by_name', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['delivery_id'], ['deliveries.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('delivery_id', 'position', name='uq_delivery_history_position')
    )
    with op.batch_alter_table('delivery_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_history_delivery_id'), ['delivery_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('delivery_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_history_delivery_id'))

    op.drop_table('delivery_history')
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliveries_terminal_code'))
        batch_op.drop_index(batch_op.f('ix_deliveries_status'))
        batch_op.drop_index(batch_op.f('ix_deliveries_sale_uuid'))
        batch_op.drop_index(batch_op.f('ix_deliveries_prefecture'))
        batch_op.drop_index(batch_op.f('ix_deliveries_local_date'))
        batch_op.drop_index(batch_op.f('ix_deliveries_created_at'))
        batch_op.drop_index(batch_op.f('ix_deliveries_county'))
        batch_op.drop_index(batch_op.f('ix_deliveries_channel'))

    op.drop_table('deliveries')
