"""sales_months, the overview's index, the tills' version and waiting events (issue #17)

A new table kept by push (``server/sales_months.py``) so that a year's statistics read a few
thousand rows instead of every sale line; filled here from the lines received before, with
the same definition (line nets, refunds negative, postage left out, by the sale's local date).
The index ``ix_sales_local_date_terminal_kind`` (local_date, terminal_code, kind, total_fen)
lets the overview sum a year of sales from the index alone.  ``terminals`` gains
``app_version`` and ``events_waiting`` (what a till's push says of itself, NULL until then).
The way back drops them.

Revision ID: s0007
Revises: s0006
Create Date: 2026-12-04 02:00:00
"""
import sqlalchemy as sa
from alembic import op


revision = 's0007'
down_revision = 's0006'
branch_labels = None
depends_on = None

BIG = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade():
    op.create_table(
        'sales_months',
        sa.Column('month', sa.String(7), nullable=False),
        sa.Column('terminal_code', sa.String(16), nullable=False),
        sa.Column('cooperative', sa.String(32), nullable=False),
        sa.Column('category', sa.String(32), nullable=False),
        sa.Column('net_fen', BIG, nullable=False),
        sa.Column('lines', BIG, nullable=False),
        sa.PrimaryKeyConstraint('month', 'terminal_code', 'cooperative', 'category', name='pk_sales_months'),
    )
    op.execute(
        "INSERT INTO sales_months (month, terminal_code, cooperative, category, net_fen, lines) "
        "SELECT substr(s.local_date, 1, 7), s.terminal_code, coalesce(l.cooperative, ''), coalesce(l.category, ''), "
        "sum(l.line_total_fen - l.discount_fen - l.order_discount_fen), count(*) "
        "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.sku <> 'POSTAGE' "
        "GROUP BY substr(s.local_date, 1, 7), s.terminal_code, coalesce(l.cooperative, ''), coalesce(l.category, '')")


    op.create_index('ix_sales_local_date_terminal_kind', 'sales', ['local_date', 'terminal_code', 'kind', 'total_fen'])
    with op.batch_alter_table('terminals') as batch:
        batch.add_column(sa.Column('app_version', sa.String(32), nullable=True))
        batch.add_column(sa.Column('events_waiting', BIG, nullable=True))


def downgrade():
    with op.batch_alter_table('terminals') as batch:
        batch.drop_column('events_waiting')
        batch.drop_column('app_version')
    op.drop_index('ix_sales_local_date_terminal_kind', 'sales')
    op.drop_table('sales_months')
