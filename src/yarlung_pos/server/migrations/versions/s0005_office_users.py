"""office users: the county office's web console sign-in (issue #17)

New tables: ``office_users`` (username, display name, role, argon2 password hash, failed
attempts, locked until, active, created at) and ``server_secrets`` (the session-signing secret
generated on first start).  Nothing existing changes; the way back drops both.

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-03 15:20:00
"""
import sqlalchemy as sa
from alembic import op


revision = 's0005'
down_revision = 's0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office_users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username'),
    sa.CheckConstraint("role IN ('viewer', 'manager', 'admin')", name='ck_office_users_role'),
    )
    op.create_table('server_secrets',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name'),
    )


def downgrade() -> None:
    op.drop_table('server_secrets')
    op.drop_table('office_users')
