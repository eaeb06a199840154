"""counter operations (#7): users, shifts, cash movements, parked sales, audit log; discounts
and cash rounding on sales

Plain ADD COLUMN and CREATE TABLE only: no table is rebuilt, so a large sales history
migrates in moments.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('username', sa.String(64), nullable=False, unique=True),
        sa.Column('display_name', sa.Text(), nullable=False),
        sa.Column('role', sa.String(16), nullable=False),
        sa.Column('pin_hash', sa.Text(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column('failed_attempts', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('locked_until', sa.Text(), nullable=True),
        sa.Column('created_at', sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('cashier', 'manager', 'admin')", name='ck_users_role'),
    )
    op.create_table(
        'shifts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('uuid', sa.String(36), nullable=False, unique=True),
        sa.Column('number', sa.String(32), nullable=False, unique=True),
        sa.Column('status', sa.String(16), nullable=False),
        sa.Column('opened_at', sa.Text(), nullable=False),
        sa.Column('utc_offset_min', sa.Integer(), nullable=False),
        sa.Column('opened_by', sa.Text(), nullable=False),
        sa.Column('float_fen', sa.Integer(), nullable=False),
        sa.Column('closed_at', sa.Text(), nullable=True),
        sa.Column('closed_by', sa.Text(), nullable=True),
        sa.Column('z_number', sa.String(32), nullable=True, unique=True),
        sa.Column('expected_cash_fen', sa.Integer(), nullable=True),
        sa.Column('counted_cash_fen', sa.Integer(), nullable=True),
        sa.Column('z_report', sa.Text(), nullable=True),
        sa.CheckConstraint('float_fen >= 0', name='ck_shifts_float'),
    )
    op.create_index('ux_shifts_one_open', 'shifts', ['status'], unique=True,
                    sqlite_where=sa.text("status = 'open'"))
    op.create_table(
        'cash_movements',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('uuid', sa.String(36), nullable=False, unique=True),
        sa.Column('shift_id', sa.Integer(), sa.ForeignKey('shifts.id'), nullable=False, index=True),
        sa.Column('kind', sa.String(8), nullable=False),
        sa.Column('amount_fen', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('user', sa.Text(), nullable=False),
        sa.Column('created_at', sa.Text(), nullable=False),
        sa.Column('utc_offset_min', sa.Integer(), nullable=False),
        sa.CheckConstraint('amount_fen > 0', name='ck_cash_movements_amount'),
        sa.CheckConstraint("kind IN ('in', 'out')", name='ck_cash_movements_kind'),
    )
    op.create_table(
        'parked_sales',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('uuid', sa.String(36), nullable=False, unique=True),
        sa.Column('parked_at', sa.Text(), nullable=False),
        sa.Column('utc_offset_min', sa.Integer(), nullable=False),
        sa.Column('cashier', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False, server_default=''),
        sa.Column('line_count', sa.Integer(), nullable=False),
        sa.Column('total_fen', sa.Integer(), nullable=False),
        sa.Column('cart', sa.Text(), nullable=False),
    )
    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('uuid', sa.String(36), nullable=False, unique=True),
        sa.Column('at', sa.Text(), nullable=False),
        sa.Column('utc_offset_min', sa.Integer(), nullable=False),
        sa.Column('user', sa.Text(), nullable=False),
        sa.Column('action', sa.String(64), nullable=False, index=True),
        sa.Column('approved_by', sa.Text(), nullable=True),
        sa.Column('details', sa.Text(), nullable=False, server_default='{}'),
    )
    # append-only: the database itself refuses to change or delete an audit entry
    op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    op.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    # SQLite adds a column with a REFERENCES clause in place; alembic's add_column would refuse
    op.execute("ALTER TABLE sales ADD COLUMN shift_id INTEGER REFERENCES shifts (id)")
    op.create_index('ix_sales_shift_id', 'sales', ['shift_id'])
    op.add_column('sales', sa.Column('discount_fen', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('sales', sa.Column('rounding_fen', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('sale_lines', sa.Column('discount_fen', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('sale_lines', sa.Column('order_discount_fen', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('sale_lines', sa.Column('list_price_fen', sa.Integer(), nullable=True))


def downgrade() -> None:
    for col in ('list_price_fen', 'order_discount_fen', 'discount_fen'):
        with op.batch_alter_table('sale_lines') as b:
            b.drop_column(col)
    op.drop_index('ix_sales_shift_id', table_name='sales')
    with op.batch_alter_table('sales') as b:
        b.drop_column('rounding_fen')
        b.drop_column('discount_fen')
        b.drop_column('shift_id')
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for t in ('audit_log', 'parked_sales', 'cash_movements'):
        op.drop_table(t)
    op.drop_index('ux_shifts_one_open', table_name='shifts')
    op.drop_table('shifts')
    op.drop_table('users')
