"""Refunds against a completed sale (the counter screens come with issue #7).

A refund is its own numbered document (``kind = "refund"``, ``refund_of`` = the sale's UUID)
with negative lines and payments; nothing can be refunded beyond what was sold, per line and
across all refunds.  Restocked goods go back on the shelf (``refund`` stock moves);
written-off goods do not.
"""

from __future__ import annotations

import json
import uuid
from decimal import Decimal

from sqlalchemy import func, select

from yarlung_pos.db.schema import OutboxRow, PaymentRow, SaleLineRow, SaleRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, offset_minutes, system_clock, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError, PaymentMethod, parse_quantity
from yarlung_pos.domain.money import line_total_fen
from yarlung_pos.services.sales import SALE_EVENT_SCHEMA, next_seq, sale_record, terminal_code
from yarlung_pos.services.stock import add_move, from_milli, to_milli


class RefundError(DomainError):
    """A refund that is refused (unknown sale or line, more than is left to refund …)."""


def refundable(store: Store, sale_uuid: str) -> dict[int, Decimal]:
    """What is still refundable of a sale: line number → quantity."""
    with store.read() as s:
        return _refundable(s, sale_uuid)


def _refundable(s, sale_uuid: str) -> dict[int, Decimal]:
    sale = s.scalar(select(SaleRow).where(SaleRow.uuid == sale_uuid, SaleRow.kind == "sale"))
    if sale is None:
        raise RefundError(QT_TRANSLATE_NOOP("DomainError", "no sale {uuid}"), uuid=sale_uuid)
    left = {ln.line_no: ln.qty_milli for ln in sale.lines}
    refunded = s.execute(select(SaleLineRow.line_no, func.sum(SaleLineRow.qty_milli)).join(SaleRow)
                         .where(SaleRow.refund_of == sale_uuid).group_by(SaleLineRow.line_no))
    for line_no, milli in refunded:
        left[line_no] += milli  # refund lines are negative
    return {k: from_milli(v) for k, v in left.items()}


def refund_sale(store: Store, sale_uuid: str, lines: list[tuple[int, str | Decimal]], cashier: str,
                method: PaymentMethod | None = None, restock: bool = True, clock: Clock = system_clock) -> str:
    """Refund ``lines`` (line number, quantity) of a sale, paid back by ``method`` (default:
    the sale's first payment method).  Returns the refund's number; raises
    :class:`RefundError` beyond what is refundable."""
    at = clock()
    with store.write() as s:
        sale = s.scalar(select(SaleRow).where(SaleRow.uuid == sale_uuid, SaleRow.kind == "sale"))
        if sale is None:
            raise RefundError(QT_TRANSLATE_NOOP("DomainError", "no sale {uuid}"), uuid=sale_uuid)
        left = _refundable(s, sale_uuid)
        by_no = {ln.line_no: ln for ln in sale.lines}
        code = terminal_code(s)
        seq = next_seq(s, code)
        refund = SaleRow(uuid=str(uuid.uuid4()), kind="refund", terminal_code=code, seq=seq,
                         number=f"{code}-R{seq:06d}", cashier=cashier, completed_at=utc_iso(at),
                         utc_offset_min=offset_minutes(at), total_fen=0, change_fen=0, refund_of=sale_uuid)
        total = 0
        for i, (line_no, qty_text) in enumerate(lines, start=1):
            orig = by_no.get(int(line_no))
            if orig is None:
                raise RefundError(QT_TRANSLATE_NOOP("DomainError", "sale {number} has no line {line}"),
                                  number=sale.number, line=line_no)
            qty = parse_quantity(qty_text, orig.unit)
            if qty > left[orig.line_no]:
                raise RefundError(QT_TRANSLATE_NOOP("DomainError", "only {left} of line {line} can still be refunded"),
                                  left=left[orig.line_no], line=line_no)
            left[orig.line_no] -= qty
            amount = line_total_fen(orig.unit_price_fen, qty)
            total += amount
            refund.lines.append(SaleLineRow(line_no=orig.line_no, product_id=orig.product_id,
                                            cooperative_id=orig.cooperative_id, sku=orig.sku, name_bo=orig.name_bo,
                                            name_zh=orig.name_zh, name_en=orig.name_en, unit=orig.unit,
                                            unit_price_fen=orig.unit_price_fen, qty_milli=-to_milli(qty),
                                            line_total_fen=-amount))
            if restock:
                add_move(s, orig.product_id, qty, "refund", "refund", refund.uuid, at)
        if not refund.lines:
            raise RefundError(QT_TRANSLATE_NOOP("DomainError", "nothing to refund"))
        pay_method = (method or PaymentMethod(sale.payments[0].method)).value
        refund.total_fen = -total
        refund.payments.append(PaymentRow(method=pay_method, amount_fen=-total, change_fen=0, reference=None))
        s.add(refund)
        s.flush()
        s.add(OutboxRow(uuid=str(uuid.uuid4()), kind="refund.completed", created_at=utc_iso(at),
                        payload=json.dumps({"schema": SALE_EVENT_SCHEMA,
                                            "sale": {**sale_record(refund), "restock": restock}},
                                           ensure_ascii=False, separators=(",", ":"))))
        return refund.number
