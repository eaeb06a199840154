"""Completing a sale: the one place where a cart and its tenders become a stored sale.

Everything a sale writes — the sale, its order lines, its payments, one stock move per line
and the outbox event for the county server — is written in ONE ``BEGIN IMMEDIATE``
transaction (docs/architecture.md, "Money, stock, time"): after a crash or power cut there is the whole sale or nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import OutboxRow, PaymentRow, ProductRow, SaleLineRow, SaleRow
from yarlung_pos.db.store import Store, get_setting
from yarlung_pos.domain.clock import Clock, local_time, offset_minutes, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, Cart, EmptySale, Payment, PaymentMethod, Tender, settle
from yarlung_pos.domain.pricing import unapproved
from yarlung_pos.services.authority import Approval, Grant, approver_named, require
from yarlung_pos.services.numbering import (DEFAULT_TERMINAL_CODE, check_numbering, format_sale_number, next_seq,
                                           terminal_code)
from yarlung_pos.services.policy import CounterPolicy, load_policy
from yarlung_pos.services.print_jobs import enqueue_receipt
from yarlung_pos.services.shifts import NoOpenShift, open_shift_row
from yarlung_pos.services.stock import add_move, qty_for_unit, stock_levels, to_milli
from yarlung_pos.services.users import User

SALE_EVENT_SCHEMA = 1


@dataclass(frozen=True)
class CompletedSale:
    """What the till shows after completion.  ``negative_stock`` lists SKUs whose level went
    below zero with this sale (allowed, but the cashier is warned)."""

    uuid: str
    number: str
    total_fen: int
    change_fen: int
    payments: tuple[Payment, ...]
    completed_at: datetime  # aware, terminal-local
    negative_stock: tuple[str, ...] = ()


def sale_record(sale: SaleRow, shift_number: str | None = None) -> dict:
    """The sale as the JSON object of ``sales export`` and of the outbox event.

    Shape: ``uuid``, ``number``, ``kind`` (``"sale"``), ``completed_at`` (UTC ISO 8601),
    ``utc_offset_min``, ``terminal``, ``cashier``, ``total_fen``, ``change_fen``, ``lines``
    (``sku``, ``name_*``, ``unit``, ``qty`` decimal string, ``unit_price_fen``,
    ``line_total_fen``), ``payments`` (``method``, ``amount_fen`` as tendered,
    ``change_fen``, ``reference``), ``discount_fen`` (whole-sale discount),
    ``rounding_fen`` (cash rounding), ``shift`` (``shift_number``) and per line
    ``discount_fen``, ``order_discount_fen``, ``list_price_fen``; ``total_fen`` = Σ (line total
    − discounts) + rounding."""
    if shift_number is None and sale.shift_id is not None:
        shift_number = sale.shift.number
    return {
        "uuid": sale.uuid,
        "number": sale.number,
        "kind": sale.kind,
        "completed_at": sale.completed_at,
        "utc_offset_min": sale.utc_offset_min,
        "terminal": sale.terminal_code,
        "cashier": sale.cashier,
        "total_fen": sale.total_fen,
        "change_fen": sale.change_fen,
        "discount_fen": sale.discount_fen or 0,
        "rounding_fen": sale.rounding_fen or 0,
        "shift": shift_number,
        **({"refund_of": sale.refund_of} if sale.kind == "refund" else {}),
        "lines": [{
            "sku": ln.sku, "name_bo": ln.name_bo, "name_zh": ln.name_zh, "name_en": ln.name_en,
            "unit": ln.unit, "qty": str(qty_for_unit(ln.qty_milli, ln.unit)),
            "unit_price_fen": ln.unit_price_fen, "line_total_fen": ln.line_total_fen,
            "discount_fen": ln.discount_fen or 0, "order_discount_fen": ln.order_discount_fen or 0,
            "list_price_fen": ln.list_price_fen,
        } for ln in sale.lines],
        "payments": [{
            "method": p.method, "amount_fen": p.amount_fen, "change_fen": p.change_fen,
            "reference": p.reference,
        } for p in sale.payments],
    }


def complete_sale(store: Store, cart: Cart, tenders: list[Tender], cashier: str, clock: Clock, *,
                  before_commit: Callable[[Session], None] | None = None,
                  print_receipt: bool = False, rounding: str | None = None,
                  require_shift: bool = False, actor: User | None = None,
                  approval: Approval | None = None, policy: CounterPolicy | None = None,
                  sale_uuid: str | None = None) -> CompletedSale:
    """Store the sale in ``cart`` paid by ``tenders``; returns the :class:`CompletedSale`.

    The amount due is the cart priced with its discounts and the cash-rounding rule
    (``rounding``, default the counter ``policy``'s; :mod:`yarlung_pos.domain.pricing`).
    Validates payment first (:func:`yarlung_pos.domain.model.settle`); raises
    :class:`EmptySale`, :class:`PaymentError` or ``DiscountError`` without writing anything.

    Permissions (:mod:`~yarlung_pos.services.authority`): a price override, or a discount
    above the ``policy``'s limits (default: the stored counter policy), needs an approval —
    either recorded on the cart when it was given (``approved_by``, who must still be an
    active manager or admin) or ``approval`` now; ``actor`` (the signed-in user) needs none
    when a manager.  Raises ``ApprovalRequired`` otherwise.  An ``approval`` given now is
    audited in the sale's transaction.

    The sale belongs to the open shift; with ``require_shift`` (the till) it raises
    ``NoOpenShift`` when none is open.  Numbers the sale per terminal, writes lines,
    payments, stock moves (reason ``sale``) and an outbox event ``sale.completed`` in one
    transaction — and, with ``print_receipt``, the receipt's print job (which opens the cash
    drawer when cash was taken), so a crash after the commit still prints it.
    ``before_commit(session)`` runs inside the transaction after everything is written (a
    delivery order is written there with its sale; tests); ``sale_uuid`` (default: a new
    UUID) lets that caller find the sale it belongs to.
    The cart is left untouched; the caller clears it.
    """
    if not cart.lines:
        raise EmptySale(QT_TRANSLATE_NOOP("DomainError", "the sale has no lines"))
    policy = policy or load_policy(store)
    pricing = cart.pricing(policy.rounding if rounding is None else rounding)
    total = pricing.due_fen
    payments = settle(total, tenders)
    change = sum(p.change_fen for p in payments)
    at = clock()
    sale_uuid = sale_uuid or str(uuid.uuid4())  # a caller writing more in before_commit names it
    with store.write() as session:
        grant = _discount_grant(session, cart, actor, approval, policy)
        shift = open_shift_row(session)
        if shift is None and require_shift:
            raise NoOpenShift(QT_TRANSLATE_NOOP("DomainError", "no shift is open — open one first"))
        check_numbering(session)
        code = terminal_code(session)
        seq = next_seq(session, code)
        sale = SaleRow(uuid=sale_uuid, kind="sale", terminal_code=code, seq=seq,
                       number=format_sale_number(code, seq), cashier=cashier,
                       completed_at=utc_iso(at), utc_offset_min=offset_minutes(at),
                       total_fen=total, change_fen=change, shift_id=shift.id if shift else None,
                       discount_fen=pricing.order_discount_fen, rounding_fen=pricing.rounding_fen)
        coop_of = dict(session.execute(select(ProductRow.id, ProductRow.cooperative_id)
                                       .where(ProductRow.id.in_([ln.product_id for ln in cart.lines]))).all())
        for i, (line, price) in enumerate(zip(cart.lines, pricing.lines), start=1):
            sale.lines.append(SaleLineRow(
                line_no=i, product_id=line.product_id, cooperative_id=coop_of.get(line.product_id), sku=line.sku,
                name_bo=line.name_bo, name_zh=line.name_zh, name_en=line.name_en, unit=line.unit,
                unit_price_fen=line.unit_price_fen, qty_milli=to_milli(line.qty),
                line_total_fen=line.line_total_fen, discount_fen=price.discount_fen,
                order_discount_fen=price.order_discount_fen, list_price_fen=line.list_price_fen))
        for p in payments:
            sale.payments.append(PaymentRow(method=p.method.value, amount_fen=p.amount_fen,
                                            change_fen=p.change_fen, reference=p.reference))
        session.add(sale)
        for line in cart.lines:
            if line.product_id is not None:  # a delivery's postage line moves no stock
                add_move(session, line.product_id, -line.qty, "sale", "sale", sale_uuid, at)
        session.flush()
        record = sale_record(sale, shift.number if shift else None)
        session.add(OutboxRow(uuid=str(uuid.uuid4()), kind="sale.completed",
                              payload=json.dumps({"schema": SALE_EVENT_SCHEMA, "sale": record},
                                                 ensure_ascii=False, separators=(",", ":")),
                              created_at=utc_iso(at)))
        session.flush()
        if grant is not None:
            grant.record(session, at, sale=sale.number, discounts_fen=pricing.discounts_fen)
        if print_receipt:
            enqueue_receipt(session, sale_uuid, open_drawer=any(p.method is PaymentMethod.CASH for p in payments))
        ids = list({line.product_id for line in cart.lines if line.product_id is not None})
        levels = stock_levels(session, ids)
        negative = tuple(sorted(ln.sku for ln in cart.lines if levels.get(ln.product_id, 0) < 0))
        if before_commit is not None:
            before_commit(session)
    return CompletedSale(sale_uuid, sale.number, total, change, tuple(payments), at,
                         tuple(dict.fromkeys(negative)))


def _discount_grant(session: Session, cart: Cart, actor: User | None, approval: Approval | None,
                    policy: CounterPolicy) -> Grant | None:
    """The grant a completing sale's discounts and overrides need now, or ``None`` when the
    approvals recorded on the cart cover them (or there is nothing to approve).  Raises
    ``ApprovalRequired``."""
    action, names = unapproved(cart, policy.discount_limit_pct, policy.discount_limit_fen)
    if action is None and any(approver_named(session, n) is None for n in names):
        action = "discount"  # a recorded approval names someone who is no longer a manager
    if action is None:
        return None
    return require(actor, action, approval)


def get_sale(session: Session, number_or_uuid: str) -> SaleRow | None:
    """A completed sale by receipt number or UUID (with lines and payments), or ``None``."""
    key = number_or_uuid.strip()
    return session.scalar(select(SaleRow).where((SaleRow.number == key.upper()) | (SaleRow.uuid == key.lower())))


def last_sale(session: Session) -> SaleRow | None:
    """The most recently completed sale of this terminal, or ``None``."""
    return session.scalar(select(SaleRow).order_by(SaleRow.id.desc()).limit(1))


def sale_local_time(sale: SaleRow) -> datetime:
    """When ``sale`` completed, in the terminal's local time at that moment."""
    return local_time(sale.completed_at, sale.utc_offset_min)
