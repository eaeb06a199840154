"""Parked sales: a sale put aside before payment (F8) and recalled later, on this till.

A parked sale is stored (its cart as JSON, with price snapshots and discounts), so it survives
a restart or a power cut.  Recalling deletes it in the same transaction that reads it, so it
can be recalled once only.  Both are audited.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from yarlung_pos.db.schema import ParkedSaleRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, local_time, offset_minutes, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, Cart, DomainError, EmptySale
from yarlung_pos.services import audit


class ParkError(DomainError):
    """A parked sale that is gone (recalled already) or unreadable."""


@dataclass(frozen=True)
class ParkedSale:
    """A parked sale as listed: when (local), by whom, lines, total (fen), note."""

    uuid: str
    parked_at: datetime
    cashier: str
    line_count: int
    total_fen: int
    note: str
    first_line: str  # the first line's Chinese name
    #: the first line's names (bo, zh, en), for showing it in the screen's language
    first_names: tuple[str, str, str] = ("", "", "")


def park(store: Store, cart: Cart, cashier: str, clock: Clock, note: str = "",
         actor: str | None = None) -> str:
    """Store ``cart`` as a parked sale (``cashier`` shown in the list, ``actor`` — default the
    cashier — in the audit log); returns its UUID.  Raises :class:`EmptySale` for an
    empty cart.  The caller clears the cart once this returns."""
    if not cart.lines:
        raise EmptySale(QT_TRANSLATE_NOOP("DomainError", "the sale has no lines"))
    at = clock()
    data = cart.to_json()
    with store.write() as s:
        row = ParkedSaleRow(uuid=str(uuid.uuid4()), parked_at=utc_iso(at), utc_offset_min=offset_minutes(at),
                            cashier=cashier, note=note.strip()[:200], line_count=len(cart.lines),
                            total_fen=cart.total_fen, cart=json.dumps(data, ensure_ascii=False))
        s.add(row)
        audit.record(s, at, actor or cashier, "sale_parked", parked=row.uuid, lines=len(cart.lines), total_fen=cart.total_fen)
        return row.uuid


def parked_sales(store: Store) -> list[ParkedSale]:
    """Parked sales, oldest first."""
    with store.read() as s:
        out = []
        for r in s.scalars(select(ParkedSaleRow).order_by(ParkedSaleRow.id)):
            lines = json.loads(r.cart).get("lines") or [{}]
            first = lines[0]
            out.append(ParkedSale(r.uuid, local_time(r.parked_at, r.utc_offset_min), r.cashier, r.line_count,
                                  r.total_fen, r.note, first.get("name_zh", ""),
                                  (first.get("name_bo", ""), first.get("name_zh", ""), first.get("name_en", ""))))
        return out


def recall(store: Store, parked_uuid: str, cashier: str, clock: Clock,
           actor: str | None = None) -> Cart:
    """Take parked sale ``parked_uuid`` back as a cart (and delete it); raises
    :class:`ParkError` if it was recalled already or cannot be read."""
    at = clock()
    with store.write() as s:
        row = s.scalar(select(ParkedSaleRow).where(ParkedSaleRow.uuid == parked_uuid))
        if row is None:
            raise ParkError(QT_TRANSLATE_NOOP("DomainError", "that parked sale was recalled already"))
        try:
            cart = Cart.from_json(json.loads(row.cart))
        except (KeyError, ValueError, TypeError, DomainError) as exc:
            raise ParkError(QT_TRANSLATE_NOOP("DomainError", "the parked sale cannot be read: {reason}"),
                            reason=str(exc)[:100]) from None
        s.delete(row)
        audit.record(s, at, actor or cashier, "sale_recalled", parked=parked_uuid, lines=len(cart.lines),
                     total_fen=cart.total_fen, parked_by=row.cashier)
        return cart
