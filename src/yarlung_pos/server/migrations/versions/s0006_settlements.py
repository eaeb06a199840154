"""settlements: the tills' settlements projected from their events, and their payment (issue #17)

New tables: ``settlements`` (one per terminal and number: period, gross, refunds, commission,
amount due, and the office's payment record ``paid_at``/``paid_reference``/``paid_by``/
``paid_recorded_at``) and ``settlement_sales`` (the sales whose lines each one pays).  Filled
from the ``settlement.created`` events received before (the same rules as
``server/settlements.py``, copied here so that this revision never changes: a document
without the till's fields stays a raw event only; the first of a terminal's number wins).
Nothing existing changes; the way back drops both.

Revision ID: s0006
Revises: s0005
Create Date: 2026-12-04 01:30:00
"""
import json
from datetime import date

import sqlalchemy as sa
from alembic import op


revision = 's0006'
down_revision = 's0005'
branch_labels = None
depends_on = None

BIG = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
MONEY = ('gross_fen', 'refunds_fen', 'commission_fen', 'due_fen', 'commission_bp')


def _iso_date(value):
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _document(text):
    """(row values, sale uuids) of a stored payload, or None (the rules of server/settlements.py)."""
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    number, coop, sales = doc.get('number'), doc.get('cooperative'), doc.get('sales')
    start, end = _iso_date(doc.get('from')), _iso_date(doc.get('to'))
    ok = (isinstance(number, str) and 0 < len(number) <= 32 and isinstance(coop, str) and 0 < len(coop) <= 32
          and start and end and all(type(doc.get(k)) is int and abs(doc[k]) <= 10**15 for k in MONEY)
          and isinstance(sales, list) and all(isinstance(u, str) and 0 < len(u) <= 36 for u in sales))
    if not ok:
        return None
    values = {'number': number, 'cooperative': coop, 'date_from': start, 'date_to': end,
              **{k: doc[k] for k in MONEY}}
    return values, list(dict.fromkeys(sales))


def upgrade() -> None:
    settlements = op.create_table('settlements',
    sa.Column('id', BIG, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('terminal_code', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('cooperative', sa.String(length=32), nullable=False),
    sa.Column('date_from', sa.String(length=10), nullable=False),
    sa.Column('date_to', sa.String(length=10), nullable=False),
    sa.Column('gross_fen', BIG, nullable=False),
    sa.Column('refunds_fen', BIG, nullable=False),
    sa.Column('commission_bp', sa.Integer(), nullable=False),
    sa.Column('commission_fen', BIG, nullable=False),
    sa.Column('due_fen', BIG, nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('received_at', sa.Text(), nullable=False),
    sa.Column('paid_at', sa.String(length=10), nullable=True),
    sa.Column('paid_reference', sa.String(length=64), nullable=True),
    sa.Column('paid_by', sa.String(length=64), nullable=True),
    sa.Column('paid_recorded_at', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('terminal_code', 'number', name='uq_settlements_terminal_number'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlements_cooperative'), ['cooperative'], unique=False)
    links = op.create_table('settlement_sales',
    sa.Column('settlement_id', BIG, nullable=False),
    sa.Column('sale_uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('settlement_id', 'sale_uuid')
    )
    with op.batch_alter_table('settlement_sales', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_sales_sale_uuid'), ['sale_uuid'], unique=False)

    conn = op.get_bind()
    events = sa.table('events', sa.column('id'), sa.column('uuid'), sa.column('terminal_code'), sa.column('kind'),
                      sa.column('created_at'), sa.column('received_at'), sa.column('payload'))
    seen = set()
    for ev in conn.execute(sa.select(events).where(events.c.kind == 'settlement.created').order_by(events.c.id)):
        found = _document(ev.payload)
        if found is None or (ev.terminal_code, found[0]['number']) in seen:
            continue
        values, sales = found
        seen.add((ev.terminal_code, values['number']))
        new_id = conn.execute(settlements.insert().values(
            uuid=ev.uuid, terminal_code=ev.terminal_code, created_at=ev.created_at, received_at=ev.received_at,
            **values).returning(settlements.c.id)).scalar_one()
        if sales:
            conn.execute(links.insert(), [{'settlement_id': new_id, 'sale_uuid': u} for u in sales])


def downgrade() -> None:
    op.drop_table('settlement_sales')
    op.drop_table('settlements')
