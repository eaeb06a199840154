"""products: index on updated_at, so catalogue_version() (checked by search as you type on
every keystroke) reads the newest change from the index instead of the whole table

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_products_updated_at', 'products', ['updated_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_products_updated_at', table_name='products')
