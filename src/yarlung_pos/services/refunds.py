"""Refunds against a completed sale (the counter's refund screen is ``ui/refund_dialog.py``).

A refund is its own numbered document (``kind = "refund"``, ``refund_of`` = the sale's UUID)
with negative lines and payments; nothing can be refunded beyond what was sold, per line and
across all refunds.  Restocked goods go back on the shelf (``refund`` stock moves);
written-off goods do not.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import DeliveryRow, OutboxRow, PaymentRow, SaleLineRow, SaleRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, local_time, offset_minutes, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError, PaymentMethod, parse_quantity
from yarlung_pos.domain.money import format_fen, line_total_fen
from yarlung_pos.services import audit
from yarlung_pos.services.authority import Approval, require
from yarlung_pos.services.numbering import check_numbering, next_seq, terminal_code
from yarlung_pos.services.print_jobs import enqueue_receipt
from yarlung_pos.services.sales import SALE_EVENT_SCHEMA, get_sale, sale_record
from yarlung_pos.services.shifts import NoOpenShift, open_shift_row, shift_report
from yarlung_pos.services.users import User
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
        raise RefundError(QT_TRANSLATE_NOOP("DomainError", "There is no such sale on this till (no sale {uuid})."), uuid=sale_uuid)
    left = {ln.line_no: ln.qty_milli for ln in sale.lines}
    refunded = s.execute(select(SaleLineRow.line_no, func.sum(SaleLineRow.qty_milli)).join(SaleRow)
                         .where(SaleRow.refund_of == sale_uuid).group_by(SaleLineRow.line_no))
    for line_no, milli in refunded:
        left[line_no] += milli  # refund lines are negative
    return {k: from_milli(v) for k, v in left.items()}


@dataclass(frozen=True)
class RefundLine:
    """What is left to refund of one line of a sale (for the refund screen): quantities in the
    line's unit, ``net_left_fen`` the money still refundable for it."""

    line_no: int
    sku: str
    name_bo: str
    name_zh: str
    name_en: str
    unit: str
    unit_price_fen: int
    sold: Decimal
    left: Decimal
    net_fen: int
    net_left_fen: int


@dataclass(frozen=True)
class RefundableSale:
    """A sale as the refund screen shows it: number, UUID, when, payments by method (fen,
    net of change, less what was refunded to each), and its lines."""

    uuid: str
    number: str
    completed_at: datetime
    total_fen: int
    methods: dict[str, int]
    lines: tuple[RefundLine, ...]
    #: what the customer paid less what was refunded already (fen)
    paid_left_fen: int = 0

    @property
    def fully_refunded(self) -> bool:
        return all(ln.left == 0 for ln in self.lines)


@dataclass(frozen=True)
class CompletedRefund:
    """A stored refund: ``total_fen`` ≤ 0; ``payments`` (method, fen ≤ 0)."""

    uuid: str
    number: str
    total_fen: int
    payments: tuple[tuple[str, int], ...]
    completed_at: datetime


def find_sale(store: Store, text: str) -> RefundableSale:
    """The sale a scanned receipt QR (``<receipt_url_base>/<sale uuid>``), a receipt number or
    a UUID names, with what is left to refund.  Raises :class:`RefundError` for anything that is
    not a sale of this till (a refund's number, an unknown number)."""
    key = text.strip()
    if "://" in key or key.lower().startswith("www."):  # the receipt's QR: <base>/<sale uuid>
        key = key.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]
    with store.read() as s:
        sale = get_sale(s, key)
        if sale is None:
            raise RefundError(QT_TRANSLATE_NOOP("DomainError", "There is no sale {number} on this till."), number=key[:40])
        if sale.kind != "sale":
            raise RefundError(QT_TRANSLATE_NOOP("DomainError", "{number} is a refund, not a sale"), number=sale.number)
        left = _refundable(s, sale.uuid)
        nets = _refunded_nets(s, sale.uuid)
        paid_left = _paid_left(s, sale)
        # what each method could still get back: never more than is left of what was paid
        methods = {m: max(0, min(v, paid_left)) for m, v in _methods_left(s, sale).items()}
        lines = tuple(RefundLine(ln.line_no, ln.sku, ln.name_bo, ln.name_zh, ln.name_en, ln.unit, ln.unit_price_fen,
                                 from_milli(ln.qty_milli), left[ln.line_no], ln.net_fen,
                                 ln.net_fen - nets.get(ln.line_no, 0)) for ln in sale.lines)
        return RefundableSale(sale.uuid, sale.number, local_time(sale.completed_at, sale.utc_offset_min),
                              sale.total_fen, methods, lines, paid_left)


def _paid_left(s, sale: SaleRow) -> int:
    """What the customer paid for ``sale`` less what its refunds gave back (fen)."""
    refunded = s.scalar(select(func.sum(SaleRow.total_fen)).where(SaleRow.refund_of == sale.uuid)) or 0
    return sale.total_fen + int(refunded)


def refund_money(net_fen: int, finishes: bool, paid_left_fen: int) -> int:
    """Money a refund gives back (fen ≥ 0): the refunded lines' share ``net_fen`` — never more
    than is left of what the customer paid (``paid_left_fen``, which differs from the lines'
    nets by the sale's cash rounding) — and, for the refund that finishes the sale, exactly
    what is left, so all refunds of a sale add up to what was paid."""
    if finishes:
        return max(0, paid_left_fen)
    return max(0, min(net_fen, paid_left_fen))


def _refunded_nets(s, sale_uuid: str) -> dict[int, int]:
    """Line number → money already refunded for it (fen, positive)."""
    rows = s.execute(select(SaleLineRow.line_no, func.sum(SaleLineRow.line_total_fen - SaleLineRow.discount_fen
                                                          - SaleLineRow.order_discount_fen))
                     .join(SaleRow).where(SaleRow.refund_of == sale_uuid).group_by(SaleLineRow.line_no))
    return {no: -int(v or 0) for no, v in rows}


def _methods_left(s, sale: SaleRow) -> dict[str, int]:
    """Method → what was paid by it (net of change) less what was refunded to it (fen)."""
    left: dict[str, int] = {}
    for p in sale.payments:
        left[p.method] = left.get(p.method, 0) + p.amount_fen - p.change_fen
    rows = s.execute(select(PaymentRow.method, func.sum(PaymentRow.amount_fen - PaymentRow.change_fen))
                     .join(SaleRow).where(SaleRow.refund_of == sale.uuid).group_by(PaymentRow.method))
    for method, amount in rows:
        left[method] = left.get(method, 0) + int(amount or 0)
    return left


def _half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half-up (both ≥ 0, denominator > 0)."""
    return (2 * numerator + denominator) // (2 * denominator)


def refund_sale(store: Store, sale_uuid: str, lines: list[tuple[int, str | Decimal]], cashier: str, clock: Clock, *,
                method: PaymentMethod | None = None, restock: bool = True, actor: User | None = None,
                approval: Approval | None = None, reason: str = "", print_receipt: bool = False,
                require_shift: bool = False,
                before_commit: Callable[[Session, str], None] | None = None) -> CompletedRefund:
    """Refund ``lines`` (line number, quantity) of a sale; returns the :class:`CompletedRefund`.

    Permission (:func:`~yarlung_pos.services.authority.require`, action ``refund``): ``actor``
    (the signed-in user) refunds alone when a manager or admin, else only with a manager's
    ``approval``; raises ``ApprovalRequired`` before anything is written.  The approval is
    audited in the refund's transaction.

    Money: each refunded part gives back its share of what the line actually sold for (after
    line and whole-sale discounts), half-up; the part that finishes a line gives back exactly
    what is left of it, so all refunds of a line add up to its net, never more.  The money
    given back follows :func:`refund_money`: never more than is left of what was paid (the
    sale's cash rounding), and the refund that finishes the sale gives back exactly the rest.  Paid back by
    ``method`` (cash, say), or — ``None`` — by the sale's own methods: non-cash first, each up
    to what it paid less what was refunded to it, the rest in cash.

    Writes the refund (``kind = "refund"``, ``refund_of``, negative lines and payments), its
    stock moves (``restock``: back on the shelf; else written off), its outbox event, an audit
    entry (``refund``, ``approved_by``) and, with ``print_receipt``, its receipt's print job —
    in one transaction.  The sale of a delivery whose parcel is not delivered yet is refunded
    only by its delivery's return (:func:`~yarlung_pos.services.delivery.return_delivery`,
    through ``before_commit``): :class:`RefundError` otherwise.  The refund belongs to the shift open now (``require_shift``: raise
    ``NoOpenShift`` when none is).  ``cashier`` is printed on the refund; ``actor``'s login
    name (default: the cashier) is who the audit log names.  ``before_commit(session,
    refund_uuid)`` runs in the refund's transaction after everything is written (a returned
    parcel's delivery status).  Raises :class:`RefundError` beyond what is
    refundable, or for cash back above what the open shift's drawer holds.
    """
    grant = require(actor, "refund", approval)
    at = clock()
    with store.write() as s:
        shift = open_shift_row(s)
        if shift is None and require_shift:
            raise NoOpenShift(QT_TRANSLATE_NOOP("DomainError", "no shift is open — open one first"))
        sale = s.scalar(select(SaleRow).where(SaleRow.uuid == sale_uuid, SaleRow.kind == "sale"))
        if sale is None:
            raise RefundError(QT_TRANSLATE_NOOP("DomainError", "There is no such sale on this till (no sale {uuid})."), uuid=sale_uuid)
        parcel = s.scalar(select(DeliveryRow.number).where(
            DeliveryRow.sale_uuid == sale_uuid, DeliveryRow.status.in_(("to_pack", "packed", "handed_over"))))
        if parcel is not None and before_commit is None:  # goods still on their way: the delivery's return
            raise RefundError(QT_TRANSLATE_NOOP(
                "DomainError", "Sale {sale} goes out for delivery as {number}: take the parcel back in the deliveries "
                               "screen (Ctrl+D, F5)."), sale=sale.number, number=parcel)
        left = _refundable(s, sale_uuid)
        refunded_net = _refunded_nets(s, sale_uuid)
        refunded_order = dict(s.execute(
            select(SaleLineRow.line_no, -func.sum(SaleLineRow.order_discount_fen)).join(SaleRow)
            .where(SaleRow.refund_of == sale_uuid).group_by(SaleLineRow.line_no)).all())
        by_no = {ln.line_no: ln for ln in sale.lines}
        check_numbering(s)
        code = terminal_code(s)
        seq = next_seq(s, code)
        refund = SaleRow(uuid=str(uuid.uuid4()), kind="refund", terminal_code=code, seq=seq,
                         number=f"{code}-R{seq:06d}", cashier=cashier, completed_at=utc_iso(at),
                         utc_offset_min=offset_minutes(at), total_fen=0, change_fen=0, refund_of=sale_uuid,
                         shift_id=shift.id if shift else None)
        net_total = 0
        seen: set[int] = set()
        for line_no, qty_text in lines:
            orig = by_no.get(int(line_no))
            if orig is None:
                raise RefundError(QT_TRANSLATE_NOOP("DomainError", "sale {number} has no line {line}"),
                                  number=sale.number, line=line_no)
            if orig.line_no in seen:
                raise RefundError(QT_TRANSLATE_NOOP("DomainError", "line {line} is listed twice"), line=line_no)
            seen.add(orig.line_no)
            qty = parse_quantity(qty_text, orig.unit)
            if qty > left[orig.line_no]:
                raise RefundError(QT_TRANSLATE_NOOP("DomainError", "only {left} of line {line} can still be refunded"),
                                  left=left[orig.line_no], line=line_no)
            sold_milli, q_milli = orig.qty_milli, to_milli(qty)
            gross = line_total_fen(orig.unit_price_fen, qty)
            if qty == left[orig.line_no]:  # the last of the line: exactly what is left of it
                net = orig.net_fen - refunded_net.get(orig.line_no, 0)
                order = orig.order_discount_fen - int(refunded_order.get(orig.line_no, 0) or 0)
            else:
                net = _half_up(orig.net_fen * q_milli, sold_milli)
                order = _half_up(orig.order_discount_fen * q_milli, sold_milli)
            left[orig.line_no] -= qty
            net_total += net
            refund.lines.append(SaleLineRow(
                line_no=orig.line_no, product_id=orig.product_id, cooperative_id=orig.cooperative_id, sku=orig.sku,
                name_bo=orig.name_bo, name_zh=orig.name_zh, name_en=orig.name_en, unit=orig.unit,
                unit_price_fen=orig.unit_price_fen, qty_milli=-q_milli, line_total_fen=-gross,
                discount_fen=-(gross - net - order), order_discount_fen=-order, list_price_fen=orig.list_price_fen))
            if restock and orig.product_id is not None:  # postage moves no stock
                add_move(s, orig.product_id, qty, "refund", "refund", refund.uuid, at)
        if not refund.lines:
            raise RefundError(QT_TRANSLATE_NOOP("DomainError", "nothing to refund"))
        finishes = all(v == 0 for v in left.values())
        total = refund_money(net_total, finishes, _paid_left(s, sale))  # money given back (≥ 0)
        refund.rounding_fen = net_total - total  # the sale's cash rounding, given back in step
        refund.total_fen = -total
        paid_back = _pay_back(s, sale, total, method)
        cash_back = sum(a for m, a in paid_back if m == PaymentMethod.CASH.value)
        if shift is not None and cash_back:
            in_drawer = shift_report(s, shift, "X", at).expected_cash_fen
            if cash_back > in_drawer:
                raise RefundError(QT_TRANSLATE_NOOP(
                    "DomainError", "The drawer should hold only {amount} in cash — refund by the original method, "
                    "or put cash in first."), fen=in_drawer, amount=format_fen(in_drawer))
        for m, amount in paid_back:
            refund.payments.append(PaymentRow(method=m, amount_fen=-amount, change_fen=0, reference=None))
        s.add(refund)
        s.flush()
        s.add(OutboxRow(uuid=str(uuid.uuid4()), kind="refund.completed", created_at=utc_iso(at),
                        payload=json.dumps({"schema": SALE_EVENT_SCHEMA,
                                            "sale": {**sale_record(refund, shift.number if shift else None),
                                                     "restock": restock}},
                                           ensure_ascii=False, separators=(",", ":"))))
        grant.record(s, at, refund=refund.number, sale=sale.number, total_fen=-total)
        audit.record(s, at, actor.username if actor is not None else cashier, "refund", grant.approved_by,
                     refund=refund.number, sale=sale.number,
                     total_fen=-total, restock=restock, reason=reason.strip()[:500],
                     lines=[[ln.line_no, str(from_milli(-ln.qty_milli))] for ln in refund.lines],
                     payments=[[m, -a] for m, a in paid_back])
        if print_receipt:
            enqueue_receipt(s, refund.uuid, open_drawer=any(m == PaymentMethod.CASH.value for m, a in paid_back if a))
        if before_commit is not None:  # a returned parcel's status, written with its refund
            before_commit(s, refund.uuid)
        return CompletedRefund(refund.uuid, refund.number, -total, tuple((m, -a) for m, a in paid_back), at)


def _pay_back(s, sale: SaleRow, total: int, method: PaymentMethod | None) -> list[tuple[str, int]]:
    """How ``total`` fen goes back: all by ``method``, or over the sale's own methods (non-cash
    first, each up to what is left of it, the rest in cash).  ``[(method, fen > 0)]``."""
    if total <= 0:
        return []
    if method is not None:
        return [(PaymentMethod(method).value, total)]
    left = _methods_left(s, sale)
    out: list[tuple[str, int]] = []
    rest = total
    for m in sorted(left, key=lambda m: (m == PaymentMethod.CASH.value, m)):
        take = min(rest, max(0, left[m])) if m != PaymentMethod.CASH.value else rest
        if take > 0:
            out.append((m, take))
            rest -= take
    if rest > 0:
        out.append((PaymentMethod.CASH.value, rest))
    return out
