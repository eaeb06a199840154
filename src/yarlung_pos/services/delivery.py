"""Delivery orders: a sale whose goods go to a recipient through the county post office.

A delivery is made with its sale in ONE transaction (:func:`create_delivery`: the sale, its
postage line, the stock moves, the delivery row, its first status and both outbox events), so
a crash leaves both or neither.  Each status change (:func:`pack`, :func:`hand_over`,
:func:`mark_delivered`, :func:`return_delivery`) is one transaction writing the new status, its
history entry (time, who) and an outbox event ``delivery.<status>`` carrying the delivery as it
is now (:func:`delivery_record`; the server keeps the newest).  A returned parcel is a refund
against the sale, written in the refund's transaction.

Personal data (phone, township, street, note) shows masked unless the caller may see it
(action ``delivery_personal``: a manager), is never written to the audit log, and is erased
:data:`DEFAULT_ERASE_DAYS` days after delivery or return (:func:`erase_personal_data`).
Rules: :mod:`yarlung_pos.domain.delivery`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from yarlung_pos.db.schema import DeliveryEventRow, DeliveryRow, OutboxRow, SaleRow
from yarlung_pos.db.store import Store, get_setting
from yarlung_pos.domain import delivery as rules
from yarlung_pos.domain.clock import Clock, local_time, offset_minutes, system_clock, utc_iso
from yarlung_pos.domain.delivery import QT_TRANSLATE_NOOP, Address, DeliveryError
from yarlung_pos.domain.model import Cart, CartLine, Tender
from yarlung_pos.services import audit
from yarlung_pos.services.authority import Approval, require
from yarlung_pos.services.numbering import terminal_code
from yarlung_pos.services.sales import CompletedSale, complete_sale
from yarlung_pos.services.stock import qty_for_unit
from yarlung_pos.services.delivery_settings import (DEFAULT_ERASE_DAYS, RETURN_POSTAGE_SETTING,  # noqa: F401
                                                     delivery_policy, erase_days, postage_table, quote_postage,
                                                     save_delivery_policy, save_postage_table)
from yarlung_pos.services.users import User

DELIVERY_EVENT_SCHEMA = 1


@dataclass(frozen=True)
class DeliveryRequest:
    """What the counter asks for a delivery: recipient ``name`` (any script) and ``name_bo``
    (Tibetan, optional), ``phone``, ``address``, ``requested_date`` (local ``YYYY-MM-DD`` or
    ``None``), ``note``, ``channel`` (:data:`~yarlung_pos.domain.delivery.CHANNELS`) and
    ``channel_order`` (the channel's own order number), ``weight_g`` (grams, optional) and
    ``postage_fen`` (``None``: from the postage table)."""

    name: str
    phone: str
    address: Address
    name_bo: str | None = None
    requested_date: str | None = None
    note: str = ""
    channel: str = "counter"
    channel_order: str | None = None
    weight_g: int | None = None
    postage_fen: int | None = None


@dataclass(frozen=True)
class DeliveryCreated:
    """A delivery made with its sale."""

    uuid: str
    number: str
    sale: CompletedSale
    postage_fen: int


@dataclass(frozen=True)
class DeliveryView:
    """A delivery as screens and the CLI show it.  ``phone``, the address's ``street`` and
    the ``note`` are masked unless ``masked`` is False; ``created_at`` and the
    history's times are terminal-local; ``items`` are ``(sku, name_bo, name_zh, name_en, qty,
    unit)`` of the sale's goods (the postage line apart)."""

    uuid: str
    number: str
    sale_uuid: str
    sale_number: str
    status: str
    channel: str
    channel_order: str | None
    name: str
    name_bo: str | None
    phone: str
    address: Address
    note: str
    requested_date: str | None
    weight_g: int | None
    zone: str
    postage_fen: int
    carrier: str | None
    tracking: str | None
    postage_paid_fen: int | None
    created_at: datetime
    history: tuple[tuple[str, datetime, str], ...]
    items: tuple[tuple[str, str, str, str, str, str], ...]
    masked: bool
    erased: bool
    refund_uuid: str | None = None

    def as_json(self) -> dict:
        """The view as a JSON object (``delivery list/show --json``)."""
        return {"uuid": self.uuid, "number": self.number, "sale_uuid": self.sale_uuid, "sale_number": self.sale_number,
                "status": self.status, "channel": self.channel, "channel_order": self.channel_order,
                "name": self.name, "name_bo": self.name_bo, "phone": self.phone, "address": self.address.as_dict(),
                "note": self.note, "requested_date": self.requested_date, "weight_g": self.weight_g,
                "zone": self.zone, "postage_fen": self.postage_fen, "carrier": self.carrier,
                "tracking": self.tracking, "postage_paid_fen": self.postage_paid_fen,
                "created_at": self.created_at.isoformat(), "masked": self.masked, "erased": self.erased,
                "refund_uuid": self.refund_uuid,
                "history": [{"status": s, "at": at.isoformat(), "by": by} for s, at, by in self.history],
                "items": [{"sku": i[0], "name_bo": i[1], "name_zh": i[2], "name_en": i[3], "qty": i[4], "unit": i[5]}
                          for i in self.items]}


# ---------------------------------------------------------------------- checking a request

def check_request(request: DeliveryRequest, today: date) -> DeliveryRequest:
    """``request`` cleaned (phone in its standard form, texts trimmed, the address checked);
    raises :class:`DeliveryError` with the first problem: name missing or too long, a bad
    phone (:func:`~yarlung_pos.domain.delivery.check_phone`), an address without its
    prefecture, county or street, an unknown channel, a requested date before ``today`` or not
    a date, a bad weight, negative postage."""
    name = rules.check_text(request.name, "name", rules.MAX_NAME, required=True)
    name_bo = rules.check_text(request.name_bo, "name_bo", rules.MAX_NAME) or None
    phone = rules.check_phone(request.phone)
    address = rules.check_address(request.address)
    if request.channel not in rules.CHANNELS:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the order's channel {channel} is unknown"),
                            channel=str(request.channel)[:20])
    channel_order = rules.check_text(request.channel_order, "channel_order", 64) or None
    requested = (request.requested_date or "").strip() or None
    if requested is not None:
        try:
            day = date.fromisoformat(requested)
        except ValueError:
            raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "{value} is not a date (2026-12-31)"),
                                value=requested[:20]) from None
        if day < today:
            raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the requested delivery date {value} is in the past"),
                                value=requested)
        requested = day.isoformat()
    weight = rules.parse_weight_g(request.weight_g) if request.weight_g is not None else None
    if request.postage_fen is not None and not 0 <= request.postage_fen <= 100_000:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "postage must be between ￥0 and ￥1,000"))
    return replace(request, name=name, name_bo=name_bo, phone=phone, address=address, channel_order=channel_order,
                   requested_date=requested, note=rules.check_text(request.note, "note", rules.MAX_NOTE),
                   weight_g=weight)


def postage_line(postage_fen: int) -> CartLine:
    """The priced line of a delivery's postage: SKU ``POSTAGE``, no product (so no stock and
    no cooperative), one piece at ``postage_fen``."""
    n = rules.POSTAGE_NAMES
    return CartLine(None, rules.POSTAGE_SKU, n["bo"], n["zh"], n["en"], "piece", postage_fen, Decimal(1))


# ---------------------------------------------------------------------- creating

def _next_seq(s: Session, code: str) -> int:
    return (s.scalar(select(func.max(DeliveryRow.seq)).where(DeliveryRow.terminal_code == code)) or 0) + 1


def create_delivery(store: Store, cart: Cart, tenders: list[Tender], request: DeliveryRequest, cashier: str,
                    clock: Clock, *, actor: User | None = None, approval: Approval | None = None,
                    print_receipt: bool = False, require_shift: bool = False, rounding: str | None = None,
                    policy=None, before_commit=None) -> DeliveryCreated:
    """Sell ``cart`` with a postage line, paid by ``tenders``, as a delivery to ``request``'s
    recipient; returns the :class:`DeliveryCreated` (number ``D-T01-000001``).

    The request is checked first (:func:`check_request`: :class:`DeliveryError`, nothing
    written).  Postage: ``request.postage_fen`` or the postage table's price for the weight
    and zone.  Then the sale is completed as at the counter
    (:func:`~yarlung_pos.services.sales.complete_sale`: same errors, same permissions for
    discounts, stock leaves now) and, in its transaction, the delivery (status ``to_pack``),
    its first history entry, the outbox event ``delivery.created`` and an audit entry without
    personal data.  ``cart`` is left untouched.  ``before_commit(session, delivery_row)`` runs
    in that transaction before the delivery's first event is queued (an online order's
    ``order.confirmed`` goes before ``delivery.created``); what it raises undoes everything."""
    at = clock()
    req = check_request(request, at.date())
    zone, quoted = quote_postage(store, req.address, req.weight_g)
    postage = quoted if req.postage_fen is None else req.postage_fen
    priced = Cart(lines=[*cart.lines, postage_line(postage)], discount=cart.discount,
                  discount_approved=cart.discount_approved, approved_by=cart.approved_by)
    made: dict = {}
    sale_uuid = str(uuid.uuid4())

    def write(s: Session) -> None:
        sale = s.scalars(select(SaleRow).where(SaleRow.uuid == sale_uuid)).one()
        code = terminal_code(s)
        seq = _next_seq(s, code)
        row = DeliveryRow(uuid=str(uuid.uuid4()), terminal_code=code, seq=seq,
                          number=rules.format_delivery_number(code, seq), sale_uuid=sale.uuid,
                          sale_number=sale.number, channel=req.channel, channel_order=req.channel_order,
                          name=req.name, name_bo=req.name_bo, phone=req.phone, **req.address.as_dict(),
                          note=req.note or None, requested_date=req.requested_date, weight_g=req.weight_g,
                          zone=zone, postage_fen=postage, status="to_pack", created_at=utc_iso(at),
                          utc_offset_min=offset_minutes(at), created_by=cashier)
        s.add(row)
        if before_commit is not None:
            before_commit(s, row)
        _step(s, row, "to_pack", at, cashier, "delivery.created")
        audit.record(s, at, actor.username if actor is not None else cashier, "delivery", None,
                     delivery=row.number, sale=sale.number, status="to_pack")  # no personal data
        made.update(uuid=row.uuid, number=row.number)

    sale = complete_sale(store, priced, tenders, cashier, clock, before_commit=write, print_receipt=print_receipt,
                         rounding=rounding, require_shift=require_shift, actor=actor, approval=approval,
                         policy=policy, sale_uuid=sale_uuid)
    return DeliveryCreated(made["uuid"], made["number"], sale, postage)


def delivery_record(row: DeliveryRow) -> dict:
    """The delivery as the outbox event's ``delivery`` object (server/PROTOCOL.md,
    ``delivery.*``): everything of the row, the address as an object, the history; times UTC."""
    return {
        "uuid": row.uuid, "number": row.number, "terminal": row.terminal_code, "sale_uuid": row.sale_uuid,
        "sale_number": row.sale_number, "channel": row.channel, "channel_order": row.channel_order,
        "name": row.name, "name_bo": row.name_bo, "phone": row.phone,
        "address": {"province": row.province, "prefecture": row.prefecture, "county": row.county,
                    "township": row.township, "street": row.street},
        "note": row.note, "requested_date": row.requested_date, "weight_g": row.weight_g, "zone": row.zone,
        "postage_fen": row.postage_fen, "status": row.status, "carrier": row.carrier, "tracking": row.tracking,
        "postage_paid_fen": row.postage_paid_fen, "created_at": row.created_at, "utc_offset_min": row.utc_offset_min,
        "created_by": row.created_by, "refund_uuid": row.refund_uuid, "return_disposition": row.return_disposition,
        "erased_at": row.erased_at,
        "history": [{"status": h.status, "at": h.at, "utc_offset_min": h.utc_offset_min, "by": h.by}
                    for h in row.history],
    }


def _step(s: Session, row: DeliveryRow, status: str, at: datetime, by: str, kind: str) -> None:
    """Record ``status`` reached at ``at`` by ``by`` and queue the event ``kind``."""
    row.status = status
    row.history.append(DeliveryEventRow(status=status, at=utc_iso(at), utc_offset_min=offset_minutes(at), by=by))
    s.flush()
    _event(s, row, kind, status, at, by)


def _event(s: Session, row: DeliveryRow, kind: str, status: str, at: datetime, by: str) -> None:
    payload = {"schema": DELIVERY_EVENT_SCHEMA, "delivery": delivery_record(row),
               "event": {"status": status, "at": utc_iso(at), "utc_offset_min": offset_minutes(at), "by": by}}
    s.add(OutboxRow(uuid=str(uuid.uuid4()), kind=kind, created_at=utc_iso(at),
                    payload=json.dumps(payload, ensure_ascii=False, separators=(",", ":"))))


# ---------------------------------------------------------------------- finding

def _find(s: Session, text: str) -> DeliveryRow:
    key = (text or "").strip().upper()
    row = s.scalar(select(DeliveryRow).where(or_(DeliveryRow.number == key, DeliveryRow.tracking == key))
                   .options(selectinload(DeliveryRow.history)))
    if row is None:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "There is no delivery {number} on this till."),
                            number=key[:40])
    return row


def _may_see(actor: User | None, approval: Approval | None, unmasked: bool) -> bool:
    if not unmasked:
        return False
    require(actor, "delivery_personal", approval)
    return True


def delivery_view(s: Session, row: DeliveryRow, unmasked: bool) -> DeliveryView:
    """The :class:`DeliveryView` of ``row`` read in ``s``; ``unmasked`` shows the personal
    data (the caller decided it may: documents printed on purpose, a manager)."""
    sale = s.scalar(select(SaleRow).where(SaleRow.uuid == row.sale_uuid).options(selectinload(SaleRow.lines)))
    items = tuple((ln.sku, ln.name_bo, ln.name_zh, ln.name_en, str(qty_for_unit(ln.qty_milli, ln.unit)), ln.unit)
                  for ln in (sale.lines if sale else []) if ln.product_id is not None)
    address = Address(row.province, row.prefecture, row.county, row.township or "", row.street or "")
    phone, note = row.phone or "", row.note or ""
    if not unmasked:
        address = replace(address, street=rules.mask_text(address.street))
        phone, note = rules.mask_phone(phone), rules.mask_text(note)
    return DeliveryView(
        row.uuid, row.number, row.sale_uuid, row.sale_number, row.status, row.channel, row.channel_order, row.name,
        row.name_bo, phone, address, note, row.requested_date, row.weight_g, row.zone, row.postage_fen, row.carrier,
        row.tracking, row.postage_paid_fen, local_time(row.created_at, row.utc_offset_min),
        tuple((h.status, local_time(h.at, h.utc_offset_min), h.by) for h in row.history), items,
        masked=not unmasked, erased=row.erased_at is not None, refund_uuid=row.refund_uuid)


def get_delivery(store: Store, number_or_tracking: str, *, unmasked: bool = False, actor: User | None = None,
                 approval: Approval | None = None, clock: Clock | None = None) -> DeliveryView:
    """The delivery numbered ``number_or_tracking`` (or carrying that tracking number).
    ``unmasked`` needs action ``delivery_personal`` (``ApprovalRequired`` otherwise; the
    look is audited).  Raises :class:`DeliveryError` when there is none."""
    see = _may_see(actor, approval, unmasked)
    if see:
        with store.write() as s:
            row = _find(s, number_or_tracking)
            audit.record(s, (clock or system_clock)(), actor.username if actor else "?", "delivery_personal",
                         approval.approver.username if approval else None, delivery=row.number)
            return delivery_view(s, row, True)
    with store.read() as s:
        return delivery_view(s, _find(s, number_or_tracking), False)


def list_deliveries(store: Store, *, status: str | None = None, date_from: date | None = None,
                    date_to: date | None = None, text: str = "", unmasked: bool = False,
                    actor: User | None = None, approval: Approval | None = None, limit: int = 500
                    ) -> list[DeliveryView]:
    """Deliveries newest first, by ``status`` and local order date (``date_from`` …
    ``date_to`` inclusive), matching ``text`` (a name, a phone number or its last digits, a
    delivery or tracking number); at most ``limit``.  Masked unless ``unmasked`` (action
    ``delivery_personal``)."""
    see = _may_see(actor, approval, unmasked)
    with store.read() as s:
        q = select(DeliveryRow).options(selectinload(DeliveryRow.history)).order_by(DeliveryRow.id.desc())
        if status:
            q = q.where(DeliveryRow.status == status)
        # the order's local date is within a day of its UTC date: filter wide in SQL, exactly below
        if date_from is not None:
            q = q.where(DeliveryRow.created_at >= (date_from - timedelta(days=1)).isoformat())
        if date_to is not None:
            q = q.where(DeliveryRow.created_at < (date_to + timedelta(days=2)).isoformat())
        key = " ".join((text or "").split())
        if key:
            like = f"%{key}%"
            q = q.where(or_(DeliveryRow.number.ilike(like), DeliveryRow.tracking.ilike(like),
                            DeliveryRow.name.ilike(like), DeliveryRow.name_bo.ilike(like),
                            DeliveryRow.phone.like(f"%{key.replace('-', '')}%"), DeliveryRow.sale_number.ilike(like)))
        out = []
        for row in s.scalars(q):
            day = local_time(row.created_at, row.utc_offset_min).date()
            if (date_from and day < date_from) or (date_to and day > date_to):
                continue
            out.append(delivery_view(s, row, see))
            if len(out) >= limit:
                break
        return out


def status_counts(store: Store, date_from: date | None = None, date_to: date | None = None) -> dict[str, int]:
    """How many deliveries (ordered ``date_from`` … ``date_to``) are in each status."""
    counts = dict.fromkeys(rules.STATUSES, 0)
    with store.read() as s:
        for created, offset, st in s.execute(select(DeliveryRow.created_at, DeliveryRow.utc_offset_min,
                                                    DeliveryRow.status)):
            day = local_time(created, offset).date()
            if (date_from and day < date_from) or (date_to and day > date_to):
                continue
            counts[st] = counts.get(st, 0) + 1
    return counts


# ---------------------------------------------------------------------- status changes

def pack(store: Store, number: str, by: str, clock: Clock, *, tracking: str | None = None,
         carrier: str | None = None) -> DeliveryView:
    """Mark delivery ``number`` packed, with the waybill it goes under when known
    (``tracking``: a number the post office gave the hall in advance, so the shipping label
    carries its barcode; checked like at hand-over).  Raises :class:`DeliveryError` unless it
    is to pack, or for a bad or already used tracking number."""
    code = rules.check_tracking(tracking) if tracking and tracking.strip() else None
    name = rules.check_text(carrier, "carrier", 40) if carrier else None
    at = clock()
    with store.write() as s:
        row = _find(s, number)
        rules.check_move(row.status, "packed")
        if code is not None:
            _check_unused(s, row, code)
            row.tracking = code
            row.carrier = name or row.carrier or rules.CARRIERS[0]
        _step(s, row, "packed", at, by, "delivery.packed")
        return delivery_view(s, row, False)


def _check_unused(s: Session, row: DeliveryRow, code: str) -> None:
    other = s.scalar(select(DeliveryRow.number).where(DeliveryRow.tracking == code, DeliveryRow.id != row.id))
    if other is not None:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "tracking number {tracking} is already on delivery "
                                                             "{number}"), tracking=code, number=other)


def hand_over(store: Store, number: str, tracking: str | None, by: str, clock: Clock, *,
              carrier: str | None = "China Post", weight_g: int | str | None = None,
              postage_paid_fen: int | None = None) -> DeliveryView:
    """Hand delivery ``number`` to ``carrier`` with its ``tracking`` number (checked by
    :func:`~yarlung_pos.domain.delivery.check_tracking`: an S10 number's check digit; ``None``:
    the waybill given at packing), its weight (grams, or kg as typed) and the postage paid to
    the post office (fen).  A ``to_pack`` parcel is packed on the way.  Raises
    :class:`DeliveryError` for a bad number, one already used by another parcel, one that is
    not the waybill the parcel was packed under (a parcel mixed up in a batch), or a parcel
    not ready."""
    code = rules.check_tracking(tracking) if tracking is not None and tracking.strip() else None
    name = rules.check_text(carrier, "carrier", 40) or None
    grams = rules.parse_weight_g(weight_g)
    if postage_paid_fen is not None and not 0 <= postage_paid_fen <= 100_000:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "postage must be between ￥0 and ￥1,000"))
    at = clock()
    with store.write() as s:
        row = _find(s, number)
        if code is None:
            code = row.tracking or rules.check_tracking("")  # none given, none at packing: "missing"
        elif row.tracking is not None and row.tracking != code:
            raise DeliveryError(QT_TRANSLATE_NOOP(
                "DomainError", "{number} was packed under waybill {assigned}, not {tracking}: check the parcel"),
                number=row.number, assigned=row.tracking, tracking=code)
        _check_unused(s, row, code)
        if row.status == "to_pack":
            _step(s, row, "packed", at, by, "delivery.packed")
        rules.check_move(row.status, "handed_over")
        row.carrier, row.tracking = name or row.carrier or rules.CARRIERS[0], code
        row.weight_g = grams if grams is not None else row.weight_g
        row.postage_paid_fen = postage_paid_fen
        _step(s, row, "handed_over", at, by, "delivery.handed_over")
        return delivery_view(s, row, False)


def mark_delivered(store: Store, number: str, by: str, clock: Clock) -> DeliveryView:
    """Mark delivery ``number`` delivered.  Raises :class:`DeliveryError` unless handed over."""
    at = clock()
    with store.write() as s:
        row = _find(s, number)
        rules.check_move(row.status, "delivered")
        row.delivered_at = utc_iso(at)
        _step(s, row, "delivered", at, by, "delivery.delivered")
        return delivery_view(s, row, False)


def return_delivery(store: Store, number: str, cashier: str, clock: Clock, *, restock: bool,
                    actor: User | None = None, approval: Approval | None = None, require_shift: bool = False):
    """A parcel came back: refund its sale's goods (``restock``: back on the shelf; else
    written off) and — when the setting ``delivery.return_postage`` is ``refund`` — its
    postage, by the sale's own methods; the delivery becomes ``returned`` in the refund's
    transaction.  Permission: a refund (:func:`~yarlung_pos.services.refunds.refund_sale`,
    ``ApprovalRequired`` without a manager).  Returns the ``CompletedRefund``.  A parcel not
    handed over yet may be taken back too: the order is cancelled.  Raises
    :class:`DeliveryError` when it was delivered or returned already."""
    from yarlung_pos.services.refunds import refundable, refund_sale
    with store.read() as s:
        row = _find(s, number)
        rules.check_move(row.status, "returned")
        sale_uuid = row.sale_uuid
        postage_back = get_setting(s, RETURN_POSTAGE_SETTING, "keep") == "refund"
        lines = {ln.line_no: ln.product_id for ln in s.scalar(
            select(SaleRow).where(SaleRow.uuid == sale_uuid).options(selectinload(SaleRow.lines))).lines}
    left = refundable(store, sale_uuid)
    wanted = [(no, qty) for no, qty in left.items() if qty > 0 and (lines.get(no) is not None or postage_back)]
    at = clock()

    def mark(s: Session, refund_uuid: str) -> None:
        again = _find(s, number)
        rules.check_move(again.status, "returned")  # a second till or window did it meanwhile
        again.refund_uuid = refund_uuid
        again.return_disposition = "restock" if restock else "write_off"
        _step(s, again, "returned", at, actor.username if actor else cashier, "delivery.returned")

    return refund_sale(store, sale_uuid, wanted, cashier, lambda: at, restock=restock, actor=actor,
                       approval=approval, reason=f"delivery {number} returned", require_shift=require_shift,
                       before_commit=mark)


# ---------------------------------------------------------------------- personal data

def erase_personal_data(store: Store, clock: Clock, days: int | None = None) -> list[str]:
    """Erase the phone, township, street and note of every delivery delivered or returned
    more than ``days`` (default: :func:`erase_days`) days ago; the order, its county and its
    history stay.  Each erasure queues a ``delivery.erased`` event so the server erases its
    copy too.  Returns the numbers erased."""
    days = days or erase_days(store)
    at = clock()
    limit = utc_iso(at - timedelta(days=days))
    done = []
    with store.write() as s:
        rows = s.scalars(select(DeliveryRow).where(DeliveryRow.erased_at.is_(None),
                                                   DeliveryRow.status.in_(("delivered", "returned")))
                         .options(selectinload(DeliveryRow.history))).all()
        for row in rows:
            ended = row.history[-1].at if row.history else row.created_at
            if ended >= limit:
                continue
            row.phone = row.township = row.street = row.note = None
            row.erased_at = utc_iso(at)
            s.flush()
            _event(s, row, "delivery.erased", row.status, at, "system")
            done.append(row.number)
    return done


__all__ = ["DeliveryRequest", "DeliveryCreated", "DeliveryView", "create_delivery", "get_delivery",
           "list_deliveries", "status_counts", "pack", "hand_over", "mark_delivered", "return_delivery",
           "erase_personal_data", "quote_postage", "postage_table", "save_postage_table", "check_request",
           "delivery_record", "erase_days", "DEFAULT_ERASE_DAYS"]
