"""shop: product photos, cooperatives' short texts, online orders (issue #18)

New tables ``product_photos``, ``online_orders``, ``online_order_lines`` (see
``server/schema_shop.py``); ``cooperatives`` gains ``about_bo``, ``about_zh``, ``about_en`` (a
short text for the shop's pages, empty by default).  The way back drops them.

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-04 02:15:00
"""
import sqlalchemy as sa
from alembic import op


revision = 's0008'
down_revision = 's0007'
branch_labels = None
depends_on = None

BIG = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade():
    with op.batch_alter_table('cooperatives') as batch:
        for lang in ('bo', 'zh', 'en'):
            batch.add_column(sa.Column(f'about_{lang}', sa.Text(), nullable=False, server_default=''))
    op.create_table(
        'product_photos',
        sa.Column('sku', sa.String(64), sa.ForeignKey('products.sku', name='fk_product_photos_sku'), primary_key=True),
        sa.Column('jpeg', sa.LargeBinary(), nullable=False),
        sa.Column('width', sa.Integer(), nullable=False),
        sa.Column('height', sa.Integer(), nullable=False),
        sa.Column('etag', sa.String(64), nullable=False),
        sa.Column('updated_at', sa.Text(), nullable=False),
        sa.Column('updated_by', sa.Text(), nullable=False, server_default=''),
    )
    op.create_table(
        'online_orders',
        sa.Column('id', BIG, primary_key=True),
        sa.Column('number', sa.String(32), nullable=False, unique=True),
        sa.Column('token_hash', sa.String(64), nullable=False, unique=True),
        sa.Column('status', sa.String(24), nullable=False, index=True),
        sa.Column('fulfilment', sa.String(16), nullable=False),
        sa.Column('lang', sa.String(8), nullable=False, server_default='zh_CN'),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('phone', sa.String(20), nullable=False),
        *(sa.Column(c, sa.Text(), nullable=True) for c in ('province', 'prefecture', 'county', 'township', 'street',
                                                            'note')),
        sa.Column('items_fen', BIG, nullable=False),
        sa.Column('postage_fen', BIG, nullable=True),
        sa.Column('total_fen', BIG, nullable=False),
        sa.Column('created_at', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.Text(), nullable=False),
        sa.Column('change_id', BIG, nullable=False, index=True),
        sa.Column('terminal_code', sa.String(16), nullable=True),
        sa.Column('payment_method', sa.String(16), nullable=True),
        sa.Column('payment_reference', sa.Text(), nullable=True),
        sa.Column('cancel_reason', sa.Text(), nullable=True),
        sa.Column('sale_number', sa.String(32), nullable=True),
        sa.Column('delivery_number', sa.String(32), nullable=True),
        sa.Column('carrier', sa.Text(), nullable=True),
        sa.Column('tracking', sa.String(40), nullable=True),
    )
    op.create_table(
        'online_order_lines',
        sa.Column('id', BIG, primary_key=True),
        sa.Column('order_id', BIG, sa.ForeignKey('online_orders.id', ondelete='CASCADE',
                                                 name='fk_online_order_lines_order'), nullable=False, index=True),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('sku', sa.String(64), nullable=False),
        *(sa.Column(f'name_{lang}', sa.Text(), nullable=False) for lang in ('bo', 'zh', 'en')),
        sa.Column('unit', sa.String(16), nullable=False),
        sa.Column('qty_milli', BIG, nullable=False),
        sa.Column('unit_price_fen', BIG, nullable=False),
        sa.Column('line_total_fen', BIG, nullable=False),
    )


def downgrade():
    op.drop_table('online_order_lines')
    op.drop_table('online_orders')
    op.drop_table('product_photos')
    for lang in ('bo', 'zh', 'en'):  # plain ALTER (SQLite ≥ 3.35): a batch copy of the table breaks the
        op.execute(f'ALTER TABLE cooperatives DROP COLUMN about_{lang}')  # products' foreign key
