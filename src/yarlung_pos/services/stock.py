"""Stock is a ledger of signed moves; a product's level is the sum of its moves (docs/architecture.md).

Quantities cross this module's boundary as ``Decimal`` in the product's unit and are stored
as integer thousandths (``qty_milli``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import ProductRow, StockMoveRow
from yarlung_pos.domain.clock import offset_minutes, utc_iso
from yarlung_pos.domain.stock_levels import from_milli, qty_for_unit, to_milli

__all__ = ["MOVE_REASONS", "add_move", "from_milli", "qty_for_unit", "stock_level_by_sku", "stock_levels",
           "to_milli"]

MOVE_REASONS = ("receipt", "sale", "refund", "adjustment", "count")


def add_move(session: Session, product_id: int, qty: Decimal, reason: str, source_type: str,
             source_ref: str, at: datetime, note: str = "") -> StockMoveRow:
    """Append a stock move of signed ``qty`` (units of the product) to the ledger.

    ``at`` is a timezone-aware time; it is stored in UTC with its offset in minutes."""
    if reason not in MOVE_REASONS:
        raise ValueError(f"unknown stock move reason {reason!r}")
    row = StockMoveRow(uuid=str(uuid.uuid4()), product_id=product_id, qty_milli=to_milli(qty),
                       reason=reason, source_type=source_type, source_ref=source_ref,
                       created_at=utc_iso(at), utc_offset_min=offset_minutes(at), note=note)
    session.add(row)
    return row


def stock_levels(session: Session, product_ids: list[int] | None = None) -> dict[int, Decimal]:
    """Current level per product id (sum of moves), for ``product_ids`` or every product."""
    stmt = select(StockMoveRow.product_id, func.sum(StockMoveRow.qty_milli)).group_by(StockMoveRow.product_id)
    if product_ids is not None:
        stmt = stmt.where(StockMoveRow.product_id.in_(product_ids))
    return {pid: from_milli(total or 0) for pid, total in session.execute(stmt)}


def stock_level_by_sku(session: Session, sku: str) -> Decimal:
    """Current level of the product with ``sku`` (0 when it has no moves).
    Raises ``LookupError`` for an unknown SKU."""
    pid = session.scalar(select(ProductRow.id).where(ProductRow.sku == sku.upper()))
    if pid is None:
        raise LookupError(f"no product with SKU {sku}")
    return stock_levels(session, [pid]).get(pid, from_milli(0))
