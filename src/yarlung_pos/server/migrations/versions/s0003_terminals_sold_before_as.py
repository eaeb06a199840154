"""terminals: the codes a till sold under before it was enrolled (issue #13)

``terminals.sold_before_as``: a JSON list of terminal codes (``["T01"]``), ``[]`` for every
terminal registered before.  Sales claiming one of them are accepted from that terminal's
token and stored under the terminal's own code (PROTOCOL.md, "Enrolment").

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-02 13:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = 's0003'
down_revision = 's0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('terminals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sold_before_as', sa.Text(), server_default='[]', nullable=False))


def downgrade() -> None:
    op.drop_column('terminals', 'sold_before_as')
