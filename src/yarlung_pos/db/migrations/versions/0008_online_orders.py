"""online shop orders pulled from the county server, and their lines (issue #18)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('online_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('server_status', sa.String(length=24), nullable=False),
    sa.Column('fulfilment', sa.String(length=16), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('province', sa.Text(), nullable=False),
    sa.Column('prefecture', sa.Text(), nullable=False),
    sa.Column('county', sa.Text(), nullable=False),
    sa.Column('township', sa.Text(), nullable=True),
    sa.Column('street', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('items_fen', sa.Integer(), nullable=False),
    sa.Column('postage_fen', sa.Integer(), nullable=False),
    sa.Column('total_fen', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('terminal', sa.String(length=16), nullable=True),
    sa.Column('pulled_at', sa.Text(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('decided_at', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.Text(), nullable=True),
    sa.Column('payment_method', sa.String(length=16), nullable=True),
    sa.Column('payment_reference', sa.String(length=64), nullable=True),
    sa.Column('sale_uuid', sa.String(length=36), nullable=True),
    sa.Column('sale_number', sa.String(length=32), nullable=True),
    sa.Column('delivery_uuid', sa.String(length=36), nullable=True),
    sa.Column('delivery_number', sa.String(length=32), nullable=True),
    sa.CheckConstraint("fulfilment IN ('delivery','pickup')", name='ck_online_orders_fulfilment'),
    sa.CheckConstraint("outcome IS NULL OR outcome IN ('confirmed','cancelled')", name='ck_online_orders_outcome'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('online_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_online_orders_status'), ['status'], unique=False)

    op.create_table('online_order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name_bo', sa.Text(), nullable=False),
    sa.Column('name_zh', sa.Text(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('qty_milli', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('line_total_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['online_orders.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_id', 'line_no', name='uq_online_order_lines_order_line')
    )
    with op.batch_alter_table('online_order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_online_order_lines_order_id'), ['order_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('online_order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_online_order_lines_order_id'))

    op.drop_table('online_order_lines')
    with op.batch_alter_table('online_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_online_orders_status'))

    op.drop_table('online_orders')
