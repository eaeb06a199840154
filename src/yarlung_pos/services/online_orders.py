"""Online shop orders at the till (issue #18): pulled from the county server with the
catalogue (:mod:`yarlung_pos.sync.orders`), they wait as ``awaiting_payment`` until the hall
decides on them here.

* :func:`confirm_order` — the customer paid (cash at pick-up, WeChat Pay / Alipay to the
  hall's account, a card): in ONE transaction a sale of the order's lines **at the ordered
  prices** (the price the customer agreed to at the server is the sale's price: the lines are
  written as plain lines, not as price overrides, so no manager is needed — and the price can
  only come from the pulled order, never be typed at the till), for a delivery also the
  delivery order (channel ``online``, ``channel_order`` = the order number, ``to_pack``,
  postage from the hall's postage table as for any delivery, charged on the sale), the stock
  moves (stock leaves now, not when the customer ordered) and the outbox event
  ``order.confirmed`` (``server/PROTOCOL.md``, "Shop orders").
* :func:`cancel_order` — with a reason: the outbox event ``order.cancelled``.

Both need the actions ``online_order_confirm`` / ``online_order_cancel``
(:data:`~yarlung_pos.services.authority.PERMISSIONS`: a cashier may).  A local outcome is
never overwritten by a later pull (:func:`upsert_orders`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from yarlung_pos.db.schema import OnlineOrderLineRow, OnlineOrderRow, OutboxRow, ProductRow, SaleRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain import delivery as rules
from yarlung_pos.domain.clock import Clock, utc_iso
from yarlung_pos.domain.delivery import Address
from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.domain.model import Cart, CartLine, PaymentMethod, Tender, line_total_fen
from yarlung_pos.domain.stock_levels import to_milli
from yarlung_pos.services import audit
from yarlung_pos.services.authority import Approval, require
from yarlung_pos.services.stock import qty_for_unit
from yarlung_pos.services.users import User

ORDER_EVENT_SCHEMA = 1
#: the payment methods of ``order.confirmed`` → the till's tender ("card" is a UnionPay card)
METHODS = {"cash": PaymentMethod.CASH, "wechat": PaymentMethod.WECHAT, "alipay": PaymentMethod.ALIPAY,
           "card": PaymentMethod.UNIONPAY}
FULFILMENTS = ("delivery", "pickup")
MAX_REFERENCE = 64
MAX_REASON = 200


class OnlineOrderError(DomainError):
    """An online order the till refuses to confirm or cancel (unknown, decided already, an SKU
    the till does not know, a bad payment method or reference, no reason)."""

    translated_params = ("what",)


#: what each method is called in messages (translated by the UI)
METHOD_NAMES = {"cash": QT_TRANSLATE_NOOP("DomainError", "cash"),
                "wechat": QT_TRANSLATE_NOOP("DomainError", "WeChat Pay"),
                "alipay": QT_TRANSLATE_NOOP("DomainError", "Alipay"),
                "card": QT_TRANSLATE_NOOP("DomainError", "card")}


@dataclass(frozen=True)
class OrderView:
    """An online order as the deliveries screen and the CLI show it.  ``phone`` is masked;
    ``lines`` are ``(sku, name_bo, name_zh, name_en, qty text, unit, unit_price_fen,
    line_total_fen)``; money in fen; ``created_at`` UTC ISO text."""

    number: str
    status: str
    fulfilment: str
    name: str
    phone: str
    address: Address
    note: str
    items_fen: int
    postage_fen: int
    total_fen: int
    created_at: str
    outcome: str | None
    sale_number: str | None
    delivery_number: str | None
    cancel_reason: str | None
    lines: tuple[tuple, ...]

    @property
    def items_text(self) -> str:
        """``2 × WINE-001, 1.5 × GRN-001``: the lines in one short line."""
        return ", ".join(f"{format(Decimal(ln[4]).normalize(), 'f')} × {ln[0]}" for ln in self.lines)

    def as_json(self) -> dict:
        """The view as a JSON object (``order list --json``)."""
        return {"number": self.number, "status": self.status, "fulfilment": self.fulfilment, "name": self.name,
                "phone": self.phone, "address": self.address.as_dict(), "note": self.note,
                "items_fen": self.items_fen, "postage_fen": self.postage_fen, "total_fen": self.total_fen,
                "created_at": self.created_at, "outcome": self.outcome, "sale_number": self.sale_number,
                "delivery_number": self.delivery_number, "cancel_reason": self.cancel_reason,
                "lines": [{"sku": ln[0], "name_bo": ln[1], "name_zh": ln[2], "name_en": ln[3], "qty": ln[4],
                           "unit": ln[5], "unit_price_fen": ln[6], "line_total_fen": ln[7]} for ln in self.lines]}


@dataclass(frozen=True)
class OrderConfirmed:
    """An order confirmed here: the sale it became (``CompletedSale``), the delivery (or
    ``None`` for a pick-up), the postage and total charged (fen), the order's new status."""

    number: str
    status: str
    sale: object
    delivery_uuid: str | None
    delivery_number: str | None
    postage_fen: int
    total_fen: int


def _view(row: OnlineOrderRow) -> OrderView:
    address = Address(row.province, row.prefecture, row.county, row.township or "", row.street or "")
    lines = tuple((ln.sku, ln.name_bo, ln.name_zh, ln.name_en, str(qty_for_unit(ln.qty_milli, ln.unit)), ln.unit,
                   ln.unit_price_fen, ln.line_total_fen) for ln in row.lines)
    return OrderView(row.number, row.status, row.fulfilment, row.name, rules.mask_phone(row.phone), address,
                     row.note or "", row.items_fen, row.postage_fen, row.total_fen, row.created_at, row.outcome,
                     row.sale_number, row.delivery_number, row.cancel_reason, lines)


def _find(s: Session, number: str) -> OnlineOrderRow:
    key = (number or "").strip().upper()
    row = s.scalar(select(OnlineOrderRow).where(OnlineOrderRow.number == key)
                   .options(selectinload(OnlineOrderRow.lines)))
    if row is None:
        raise OnlineOrderError(QT_TRANSLATE_NOOP("DomainError", "There is no online order {number} on this till."),
                               number=key[:20])
    return row


def _check_open(row: OnlineOrderRow) -> None:
    if row.outcome is not None or row.status != "awaiting_payment":
        raise OnlineOrderError(QT_TRANSLATE_NOOP(
            "DomainError", "Online order {number} is {status}, not awaiting payment: nothing was changed."),
            number=row.number, status=row.status)


def list_orders(store: Store, status: str | None = "awaiting_payment", limit: int = 500) -> list[OrderView]:
    """Online orders, oldest first (the first to come is the first served), in ``status``
    (``None``: all); at most ``limit``.  Phones masked."""
    with store.read() as s:
        q = select(OnlineOrderRow).options(selectinload(OnlineOrderRow.lines)).order_by(OnlineOrderRow.id)
        if status:
            q = q.where(OnlineOrderRow.status == status)
        return [_view(r) for r in s.scalars(q.limit(limit))]


def get_order(store: Store, number: str) -> OrderView:
    """The online order ``number`` (``W-000001``).  Raises :class:`OnlineOrderError`."""
    with store.read() as s:
        return _view(_find(s, number))


def check_payment(method: str, reference: str | None) -> tuple[str, str | None]:
    """``(method, reference)`` cleaned: ``method`` one of :data:`METHODS`; ``reference`` (the
    WeChat/Alipay transaction number, a card slip's number) needed for every method but cash,
    at most :data:`MAX_REFERENCE` characters.  Raises :class:`OnlineOrderError`."""
    code = (method or "").strip().lower()
    if code not in METHODS:
        raise OnlineOrderError(QT_TRANSLATE_NOOP(
            "DomainError", "{method} is not a payment method here (cash, wechat, alipay, card)."),
            method=str(method or "")[:20])
    ref = " ".join((reference or "").split()) or None
    if ref is not None and (len(ref) > MAX_REFERENCE or not ref.isprintable()):
        raise OnlineOrderError(QT_TRANSLATE_NOOP(
            "DomainError", "The payment reference may be at most {limit} characters."), limit=MAX_REFERENCE)
    if ref is None and code != "cash":
        raise OnlineOrderError(QT_TRANSLATE_NOOP(
            "DomainError", "A payment by {what} needs its reference (the transaction number)."),
            what=METHOD_NAMES[code])
    return code, ref


def _cart(s: Session, row: OnlineOrderRow) -> Cart:
    """The order's lines as a cart at the ORDERED prices: plain lines (``list_price_fen``
    ``None``, so not price overrides); the till's product for each SKU.  Raises
    :class:`OnlineOrderError` for an unknown SKU, another unit, or lines that do not add up."""
    products = {p.sku: p for p in s.scalars(select(ProductRow).where(
        ProductRow.sku.in_([ln.sku for ln in row.lines])))}
    lines = []
    for ln in row.lines:
        p = products.get(ln.sku)
        if p is None:
            raise OnlineOrderError(QT_TRANSLATE_NOOP(
                "DomainError", "Online order {number} has {sku}, which this till does not know: sync the "
                               "catalogue first, or cancel the order."), number=row.number, sku=ln.sku)
        if p.unit != ln.unit:
            raise OnlineOrderError(QT_TRANSLATE_NOOP(
                "DomainError", "Online order {number} has {sku} by the {unit}, but this till sells it by the "
                               "{till_unit}: sync the catalogue, or cancel the order."),
                number=row.number, sku=ln.sku, unit=ln.unit, till_unit=p.unit)
        qty = qty_for_unit(ln.qty_milli, ln.unit)
        if line_total_fen(ln.unit_price_fen, qty) != ln.line_total_fen:
            raise OnlineOrderError(QT_TRANSLATE_NOOP(
                "DomainError", "Online order {number}'s line {sku} does not add up: sync again, or cancel it."),
                number=row.number, sku=ln.sku)
        lines.append(CartLine(p.id, p.sku, p.name_bo, p.name_zh, p.name_en, p.unit, ln.unit_price_fen, qty))
    if not lines or sum(ln.line_total_fen for ln in lines) != row.items_fen:
        raise OnlineOrderError(QT_TRANSLATE_NOOP(
            "DomainError", "Online order {number}'s lines do not add up to its amount: sync again, or cancel it."),
            number=row.number)
    return Cart(lines=lines)


def _queue(s: Session, kind: str, payload: dict, at: datetime) -> None:
    s.add(OutboxRow(uuid=str(uuid.uuid4()), kind=kind, created_at=utc_iso(at),
                    payload=json.dumps({"schema": ORDER_EVENT_SCHEMA, **payload}, ensure_ascii=False,
                                       separators=(",", ":"))))
    s.flush()


def confirm_order(store: Store, number: str, method: str, reference: str | None, actor: User | None,
                  clock: Clock, *, approval: Approval | None = None, postage_fen: int | None = None,
                  cashier: str | None = None, print_receipt: bool = False, require_shift: bool = False,
                  policy=None) -> OrderConfirmed:
    """The payment of online order ``number`` was received by ``method`` (cash, wechat,
    alipay, card) with ``reference``: sell its lines at the ordered prices, for a delivery
    with the delivery order and its postage (``postage_fen`` or, ``None``, the hall's postage
    table for the order's address), paid exactly the total, in ONE transaction with the
    order's outcome and the outbox event ``order.confirmed``; returns :class:`OrderConfirmed`
    (status ``to_pack`` or, for a pick-up, ``picked_up``).

    ``actor`` needs action ``online_order_confirm`` (a cashier may; ``ApprovalRequired``
    otherwise).  Raises :class:`OnlineOrderError` (unknown, not awaiting payment — also when
    another window confirmed it meanwhile —, an SKU the till does not know, a bad method or
    reference), ``DeliveryError`` (the order's address or phone), and what
    :func:`~yarlung_pos.services.sales.complete_sale` raises (``NoOpenShift`` with
    ``require_shift``); nothing is written then."""
    from yarlung_pos.services.delivery import DeliveryRequest, check_request, create_delivery, quote_postage
    from yarlung_pos.services.sales import complete_sale
    grant = require(actor, "online_order_confirm", approval)
    code, ref = check_payment(method, reference)
    at = clock()
    with store.read() as s:
        row = _find(s, number)
        _check_open(row)
        cart = _cart(s, row)
        key, fulfilment = row.number, row.fulfilment
        request = DeliveryRequest(name=row.name, phone=row.phone or "", channel="online", channel_order=row.number,
                                  address=Address(row.province, row.prefecture, row.county, row.township or "",
                                                  row.street or ""), note=row.note or "")
    postage = 0
    if fulfilment == "delivery":
        request = check_request(request, at.date())
        postage = quote_postage(store, request.address, None)[1] if postage_fen is None else postage_fen
        request = replace(request, postage_fen=postage)
    due = sum(ln.line_total_fen for ln in cart.lines) + postage
    tenders = [Tender(METHODS[code], due, ref)]
    name = cashier or (actor.name if actor else "?")
    who = actor.username if actor else "?"
    done: dict = {}

    def mark(s: Session, sale_uuid: str, delivery_uuid: str | None, delivery_number: str | None) -> None:
        again = _find(s, key)
        _check_open(again)  # a second till or window did it meanwhile: everything is undone
        sale = s.scalars(select(SaleRow).where(SaleRow.uuid == sale_uuid)).one()
        again.outcome, again.decided_at, again.decided_by = "confirmed", utc_iso(at), who
        again.status = "to_pack" if delivery_uuid else "picked_up"
        again.payment_method, again.payment_reference = code, ref
        again.sale_uuid, again.sale_number = sale.uuid, sale.number
        again.delivery_uuid, again.delivery_number = delivery_uuid, delivery_number
        again.postage_fen, again.total_fen = postage, sale.total_fen
        _queue(s, "order.confirmed", {"number": key, "payment_method": code, "payment_reference": ref,
                                      "sale_uuid": sale.uuid, "sale_number": sale.number, "postage_fen": postage,
                                      "total_fen": sale.total_fen, "delivery_uuid": delivery_uuid,
                                      "delivery_number": delivery_number}, at)
        audit.record(s, at, who, "online_order_confirmed", grant.approved_by if grant.approved else None,
                     order=key, sale=sale.number, delivery=delivery_number, method=code, total_fen=sale.total_fen)
        grant.record(s, at, order=key)
        done.update(status=again.status, delivery_uuid=delivery_uuid, delivery_number=delivery_number)

    common = dict(print_receipt=print_receipt, require_shift=require_shift, actor=actor, policy=policy,
                  rounding="none")  # the agreed amount: no cash rounding
    if fulfilment == "delivery":
        made = create_delivery(store, cart, tenders, request, name, lambda: at,
                               before_commit=lambda s, d: mark(s, d.sale_uuid, d.uuid, d.number), **common)
        sale = made.sale
    else:
        sale_uuid = str(uuid.uuid4())
        sale = complete_sale(store, cart, tenders, name, lambda: at, sale_uuid=sale_uuid,
                             before_commit=lambda s: mark(s, sale_uuid, None, None), **common)
    return OrderConfirmed(key, done["status"], sale, done["delivery_uuid"], done["delivery_number"], postage,
                          sale.total_fen)


def cancel_order(store: Store, number: str, reason: str, actor: User | None, clock: Clock, *,
                 approval: Approval | None = None) -> OrderView:
    """Cancel online order ``number`` for ``reason`` (1–200 characters): its outcome and the
    outbox event ``order.cancelled`` in one transaction; returns the order as now.  ``actor``
    needs action ``online_order_cancel`` (a cashier may).  Raises :class:`OnlineOrderError`
    (unknown, not awaiting payment, no or too long a reason)."""
    grant = require(actor, "online_order_cancel", approval)
    text = " ".join((reason or "").split())
    if not text or len(text) > MAX_REASON:
        raise OnlineOrderError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the reason for cancelling the order (at most {limit} characters)."), limit=MAX_REASON)
    at = clock()
    who = actor.username if actor else "?"
    with store.write() as s:
        row = _find(s, number)
        _check_open(row)
        row.outcome, row.decided_at, row.decided_by = "cancelled", utc_iso(at), who
        row.status, row.cancel_reason = "cancelled", text
        _queue(s, "order.cancelled", {"number": row.number, "reason": text}, at)
        audit.record(s, at, who, "online_order_cancelled", grant.approved_by if grant.approved else None,
                     order=row.number, reason=text)
        grant.record(s, at, order=row.number)
        return _view(row)


# ---------------------------------------------------------------------- pulled from the server

def _qty_milli(text) -> int:
    try:
        qty = Decimal(str(text))
    except InvalidOperation:
        raise ValueError(f"not a quantity: {text!r}") from None
    if not qty.is_finite() or qty <= 0:
        raise ValueError(f"not a quantity: {text!r}")
    return to_milli(qty)


def upsert_orders(s: Session, orders: list[dict], now: str) -> int:
    """Add or update the pulled ``orders`` (the documents of ``GET /api/v1/orders``) by
    number in session ``s``; returns how many.  An order decided on this till keeps its local
    status and outcome (only ``server_status``, ``updated_at``, ``terminal`` follow the
    server): the server may not have our event yet.  Raises ``KeyError``, ``ValueError`` or
    ``TypeError`` for a document the till cannot take (the caller applies nothing of the page)."""
    n = 0
    for doc in orders:
        number = str(doc["number"]).strip().upper()
        if not number or len(number) > 32:
            raise ValueError(f"bad order number {number[:20]!r}")
        if doc["fulfilment"] not in FULFILMENTS:
            raise ValueError(f"order {number}: fulfilment {doc['fulfilment']!r}")
        row = s.scalar(select(OnlineOrderRow).where(OnlineOrderRow.number == number)
                       .options(selectinload(OnlineOrderRow.lines)))
        if row is None:
            row = OnlineOrderRow(number=number)
            s.add(row)
        row.server_status, row.pulled_at = str(doc["status"]), now
        row.updated_at, row.terminal = str(doc.get("updated_at") or doc["created_at"]), doc.get("terminal") or None
        n += 1
        if row.outcome is not None:
            continue  # decided here: never overwritten
        row.status, row.fulfilment, row.lang = str(doc["status"]), doc["fulfilment"], str(doc.get("lang") or "")[:8]
        row.name = str(doc.get("name") or "")
        row.phone = doc.get("phone") or None
        for key in ("province", "prefecture", "county"):
            setattr(row, key, str(doc.get(key) or ""))
        row.township, row.street, row.note = doc.get("township") or None, doc.get("street") or None, \
            doc.get("note") or None
        row.items_fen, row.postage_fen = int(doc["items_fen"]), int(doc.get("postage_fen") or 0)
        row.total_fen, row.created_at = int(doc["total_fen"]), str(doc["created_at"])
        row.cancel_reason = doc.get("cancel_reason") or None
        lines = [OnlineOrderLineRow(line_no=int(ln["line_no"]), sku=str(ln["sku"]), name_bo=ln.get("name_bo") or "",
                                    name_zh=ln.get("name_zh") or "", name_en=ln.get("name_en") or "",
                                    unit=str(ln["unit"]), qty_milli=_qty_milli(ln["qty"]),
                                    unit_price_fen=int(ln["unit_price_fen"]), line_total_fen=int(ln["line_total_fen"]))
                 for ln in doc["lines"]]
        if row.lines:
            row.lines.clear()
            s.flush()  # the old lines go before the new ones take their numbers
        row.lines.extend(lines)
        s.flush()
    return n


__all__ = ["OrderView", "OrderConfirmed", "OnlineOrderError", "METHODS", "list_orders", "get_order",
           "confirm_order", "cancel_order", "check_payment", "upsert_orders"]
