"""Tables of the settlements the tills made (issue #17): the projection of their
``settlement.created`` events, and the office's record of paying them.

A till settles a cooperative's sale lines of a period (``services/settlement.py``) and sends
the document once; the server keeps it here (:mod:`yarlung_pos.server.settlements` writes it in
the push's transaction, migration ``s0006`` filled it from the events received before).  The
classes share :class:`~yarlung_pos.server.schema.Base`; the migrations' ``env.py`` imports this
module so ``Base.metadata`` holds them.  Money in fen; dates ``YYYY-MM-DD``; times UTC ISO text.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yarlung_pos.server.schema import Base, Big


class SettlementRow(Base):
    """A till's settlement (``settlement.created``), one per terminal and ``number``
    (``SET-T01-000001``).  ``gross_fen`` is what the cooperative's goods sold for in the
    settled sales, ``refunds_fen`` what was given back for them, ``commission_fen`` the hall's
    ``commission_bp`` basis points of (gross − refunds), ``due_fen`` = gross − refunds −
    commission.  ``date_from``/``date_to`` the settled period (till-local dates, inclusive).
    ``paid_*`` are NULL until the office records the payment (``paid_at`` the date paid,
    ``paid_reference`` the bank or cash voucher reference, ``paid_by`` the office username,
    ``paid_recorded_at`` when it was recorded, server time)."""

    __tablename__ = "settlements"
    id: Mapped[int] = mapped_column(Big, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)  # the event's
    terminal_code: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(32))
    cooperative: Mapped[str] = mapped_column(String(32), index=True)
    date_from: Mapped[str] = mapped_column(String(10))
    date_to: Mapped[str] = mapped_column(String(10))
    gross_fen: Mapped[int] = mapped_column(Big)
    refunds_fen: Mapped[int] = mapped_column(Big)
    commission_bp: Mapped[int] = mapped_column(Integer)
    commission_fen: Mapped[int] = mapped_column(Big)
    due_fen: Mapped[int] = mapped_column(Big)
    created_at: Mapped[str] = mapped_column(Text)  # device time (UTC)
    received_at: Mapped[str] = mapped_column(Text)  # server time (UTC)
    paid_at: Mapped[str | None] = mapped_column(String(10), nullable=True)
    paid_reference: Mapped[str | None] = mapped_column(String(64), nullable=True)
    paid_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    paid_recorded_at: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (UniqueConstraint("terminal_code", "number", name="uq_settlements_terminal_number"),)


class SettlementSaleRow(Base):
    """A sale (or refund) whose lines of the settlement's cooperative the settlement pays."""

    __tablename__ = "settlement_sales"
    settlement_id: Mapped[int] = mapped_column(Big, ForeignKey("settlements.id", ondelete="CASCADE"),
                                               primary_key=True)
    sale_uuid: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
