"""Orders of the shop pages (issue #18): checking the order form, creating an order, finding
it by its token, the tills' pull, and the projection of the tills' events.

* :func:`check_form` turns the posted form (PROTOCOL.md, "Shop orders (issue #18)") into an
  :class:`OrderForm` or a list of :class:`Problem` (English source strings of the console's
  catalogue, ``web._``, translated by the page).
* :func:`create_order` writes the order and its lines in ONE transaction at the server
  catalogue's prices (active products only); its number ``W-000001`` … is sequential and its
  token (``secrets.token_urlsafe(24)``) is returned once — only its SHA-256 is stored.
* Every write of ``online_orders`` takes the next ``change_id`` (:func:`next_change_id`:
  ``max(change_id) + 1`` with the writers serialised — SQLite has one writer, PostgreSQL
  ``LOCK TABLE online_orders IN EXCLUSIVE MODE``), so a till pulling ``change_id > N`` never
  misses an order (the same argument as the catalogue's cursor).
* :func:`apply_event` projects ``order.confirmed`` / ``order.cancelled``; :func:`follow_delivery`
  makes an order follow the delivery whose channel is ``online`` and ``channel_order`` its
  number.  Both run in the push's transaction and change nothing when there is nothing new
  (a resent event changes nothing twice).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from yarlung_pos.domain import delivery as rules
from yarlung_pos.domain.model import WEIGHED_UNITS
from yarlung_pos.domain.money import line_total_fen
from yarlung_pos.server import shop_models as sm
from yarlung_pos.server.common import Clock, iso, now
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import DeliveryRow, ProductRow
from yarlung_pos.server.schema_shop import OnlineOrderLineRow, OnlineOrderRow
from yarlung_pos.server.web import LANGUAGES, _

MAX_LINES = 50
MAX_QTY = Decimal(1000)
#: the longest ``items`` text and phone text read (longer: refused)
MAX_ITEMS_TEXT = 4000
MAX_PHONE_TEXT = 40
#: the form's text fields and their longest accepted length (characters)
TEXT_LIMITS = {"name": rules.MAX_NAME, "phone": MAX_PHONE_TEXT, "province": rules.MAX_ADDRESS_PART,
               "prefecture": rules.MAX_ADDRESS_PART, "county": rules.MAX_ADDRESS_PART,
               "township": rules.MAX_ADDRESS_PART, "street": rules.MAX_ADDRESS_PART, "note": rules.MAX_NOTE}
ADDRESS_FIELDS = ("province", "prefecture", "county", "township", "street")
#: the form fields kept (and shown again) when an order is refused
FORM_FIELDS = ("fulfilment", *TEXT_LIMITS, "lang", "items")
#: the statuses a delivery gives an order that follows it
DELIVERY_STATUSES = rules.STATUSES
_QTY = re.compile(r"^[0-9]{1,9}(\.[0-9]+)?$")
_SKU = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,63}$")

FIELD_LABELS = {"name": _("name"), "phone": _("mobile number"), "province": _("province"),
                "prefecture": _("prefecture or city"), "county": _("county"), "township": _("township"),
                "street": _("village or street"), "note": _("note")}
TOO_LONG = _("The {field} is longer than {limit} characters.")
MISSING = _("Please fill in the {field}.")
BAD_PHONE = _("The mobile number is not valid: a mobile has 11 digits starting with 1, a landline starts with its "
              "area code (0893-…).")
BAD_FULFILMENT = _("Choose delivery to an address or pick-up at the hall.")
EMPTY_BASKET = _("The basket is empty.")
TOO_MANY_LINES = _("An order can have at most {limit} lines.")
BAD_ITEMS = _("The basket could not be read: reload the page and try again.")
UNKNOWN_SKU = _("{sku} is not sold in the shop (any more): remove it from the basket.")
BAD_QTY = _("The quantity of {sku} must be more than 0 and at most 1000.")
WHOLE_QTY = _("{sku} is sold in whole units.")
QTY_DECIMALS = _("The quantity of {sku} can have at most 3 decimals.")


@dataclass(frozen=True)
class Problem:
    """Why the form is refused: ``field`` (a form field, or ``items``), ``message`` (an English
    source string with ``{name}`` placeholders) and its ``values`` (label values are source
    strings too, translated before they are filled in: the names in ``translated``)."""

    field: str
    message: str
    values: dict = field(default_factory=dict)
    translated: tuple[str, ...] = ()


class OrderRefused(Exception):
    """The order form is refused: :attr:`problems` says why; nothing was written."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message.format(**p.values) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class OrderForm:
    """A checked order form: ``items`` are ``(sku, qty)`` with ``qty`` a :class:`Decimal` in
    the product's unit (merged per SKU, in the order first given); the address fields are
    ``None`` for a pick-up."""

    fulfilment: str
    lang: str
    name: str
    phone: str
    address: dict[str, str | None]
    note: str | None
    items: list[tuple[str, Decimal]]


def _problem_of(error: rules.DeliveryError, key: str) -> Problem:
    if "longer than" in error.template:
        return Problem(key, TOO_LONG, {"field": FIELD_LABELS[key], "limit": TEXT_LIMITS[key]}, ("field",))
    return Problem(key, MISSING, {"field": FIELD_LABELS[key]}, ("field",))


def _parse_items(raw: str) -> tuple[list[tuple[str, Decimal]], list[Problem]]:
    if len(raw) > MAX_ITEMS_TEXT:
        return [], [Problem("items", TOO_MANY_LINES, {"limit": MAX_LINES})]
    parts = [p.strip() for p in raw.split(";") if p.strip()]
    if not parts:
        return [], [Problem("items", EMPTY_BASKET)]
    if len(parts) > MAX_LINES:
        return [], [Problem("items", TOO_MANY_LINES, {"limit": MAX_LINES})]
    merged: dict[str, Decimal] = {}
    problems: list[Problem] = []
    for part in parts:
        sku, sep, qty_text = part.partition("*")
        sku, qty_text = sku.strip().upper(), qty_text.strip()
        if not sep or not _SKU.match(sku):
            return [], [Problem("items", BAD_ITEMS)]
        if not _QTY.match(qty_text):
            problems.append(Problem("items", BAD_QTY, {"sku": sku}))
            continue
        qty = Decimal(qty_text)
        if qty.as_tuple().exponent < -3 and qty != qty.quantize(Decimal("0.001")):
            problems.append(Problem("items", QTY_DECIMALS, {"sku": sku}))
            continue
        merged[sku] = merged.get(sku, Decimal(0)) + qty
    for sku, qty in merged.items():
        if not 0 < qty <= MAX_QTY:
            problems.append(Problem("items", BAD_QTY, {"sku": sku}))
    return list(merged.items()), problems


def check_form(form: dict[str, str], default_lang: str) -> OrderForm:
    """The checked order form (see :class:`OrderForm`) of the posted ``form`` (field → text);
    ``lang`` falls back to ``default_lang`` when it is not a page language.  Raises
    :class:`OrderRefused` with every problem found (the SKUs are checked against the
    catalogue by :func:`create_order`)."""
    problems: list[Problem] = []
    fulfilment = form.get("fulfilment", "")
    if fulfilment not in ("delivery", "pickup"):
        problems.append(Problem("fulfilment", BAD_FULFILMENT))
    values: dict[str, str] = {}
    for key, limit in TEXT_LIMITS.items():
        try:
            values[key] = rules.check_text(form.get(key, ""), key, limit)
        except rules.DeliveryError as exc:
            problems.append(_problem_of(exc, key))
            values[key] = ""
    if not values["name"] and not any(p.field == "name" for p in problems):
        problems.append(Problem("name", MISSING, {"field": FIELD_LABELS["name"]}, ("field",)))
    phone = ""
    if not any(p.field == "phone" for p in problems):
        try:
            phone = rules.check_phone(values["phone"])
        except rules.DeliveryError:
            problems.append(Problem("phone", BAD_PHONE))
    address: dict[str, str | None] = dict.fromkeys(ADDRESS_FIELDS)
    if fulfilment == "delivery" and not any(p.field in ADDRESS_FIELDS for p in problems):
        try:
            checked = rules.check_address(rules.Address(**{k: values[k] for k in ADDRESS_FIELDS}))
            address = {k: (v or None) for k, v in checked.as_dict().items()}
        except rules.DeliveryError as exc:
            key = next((k for k in ADDRESS_FIELDS if rules.FIELD_NAMES[k] == exc.params.get("field")), "street")
            problems.append(_problem_of(exc, key))
    items, item_problems = _parse_items(form.get("items", ""))
    problems += item_problems
    if problems:
        raise OrderRefused(problems)
    lang = form.get("lang", "") if form.get("lang", "") in LANGUAGES else default_lang
    return OrderForm(fulfilment=fulfilment, lang=lang, name=values["name"], phone=phone, address=address,
                     note=values["note"] or None, items=items)


def token_hash(token: str) -> str:
    """The SHA-256 (hex) of an order's token, as stored."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def lock_orders(s: Session) -> None:
    """Serialise writers of ``online_orders`` until the end of the transaction (PostgreSQL:
    ``EXCLUSIVE`` table lock, readers go on; SQLite: ``BEGIN IMMEDIATE`` is one writer)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("LOCK TABLE online_orders IN EXCLUSIVE MODE"))


def next_change_id(s: Session) -> int:
    """The next change number of ``online_orders`` (takes :func:`lock_orders` first)."""
    lock_orders(s)
    return int(s.scalar(select(func.coalesce(func.max(OnlineOrderRow.change_id), 0)))) + 1


def _next_number(s: Session) -> str:
    last = s.scalar(select(OnlineOrderRow.number)
                    .order_by(func.length(OnlineOrderRow.number).desc(), OnlineOrderRow.number.desc()).limit(1))
    return f"W-{(int(last[2:]) if last else 0) + 1:06d}"


def create_order(db: Database, order: OrderForm, *, clock: Clock = now) -> tuple[str, str]:
    """Write ``order`` (status ``awaiting_payment``) with its lines at the catalogue's prices,
    in one transaction; returns ``(number, token)`` — the token is not stored, only its
    SHA-256.  Raises :class:`OrderRefused` (nothing written) when a SKU is unknown or
    inactive, or a quantity does not suit its unit (counted units: whole; kg: 3 decimals)."""
    token = secrets.token_urlsafe(24)
    at = iso(clock())
    with db.write() as s:
        skus = [sku for sku, _qty in order.items]
        products = {p.sku: p for p in s.scalars(select(ProductRow).where(ProductRow.sku.in_(skus)))}
        problems, lines, items_fen = [], [], 0
        for no, (sku, qty) in enumerate(order.items, start=1):
            p = products.get(sku)
            if p is None or not p.active:
                problems.append(Problem("items", UNKNOWN_SKU, {"sku": sku}))
                continue
            if p.unit not in WEIGHED_UNITS and qty != qty.to_integral_value():
                problems.append(Problem("items", WHOLE_QTY, {"sku": sku}))
                continue
            total = line_total_fen(p.price_fen, qty)
            items_fen += total
            lines.append({"line_no": no, "sku": sku, "name_bo": p.name_bo, "name_zh": p.name_zh,
                          "name_en": p.name_en, "unit": p.unit, "qty_milli": int(qty * 1000),
                          "unit_price_fen": p.price_fen, "line_total_fen": total})
        if problems:
            raise OrderRefused(problems)
        change = next_change_id(s)
        row = OnlineOrderRow(number=_next_number(s), token_hash=token_hash(token), status="awaiting_payment",
                             fulfilment=order.fulfilment, lang=order.lang, name=order.name, phone=order.phone,
                             note=order.note, items_fen=items_fen, postage_fen=None, total_fen=items_fen,
                             created_at=at, updated_at=at, change_id=change, **order.address)
        s.add(row)
        s.flush()
        for n, line in enumerate(lines, start=1):
            s.add(OnlineOrderLineRow(order_id=row.id, **{**line, "line_no": n}))
        return row.number, token


def _qty_text(milli: int) -> str:
    sign = "-" if milli < 0 else ""
    return f"{sign}{abs(milli) // 1000}.{abs(milli) % 1000:03d}"


def _document(r: OnlineOrderRow, lines: list[OnlineOrderLineRow]) -> dict:
    return {"number": r.number, "status": r.status, "fulfilment": r.fulfilment, "lang": r.lang, "name": r.name,
            "phone": r.phone, "province": r.province, "prefecture": r.prefecture, "county": r.county,
            "township": r.township, "street": r.street, "note": r.note, "items_fen": r.items_fen,
            "postage_fen": r.postage_fen, "total_fen": r.total_fen, "created_at": r.created_at,
            "updated_at": r.updated_at, "terminal": r.terminal_code, "cancel_reason": r.cancel_reason,
            "lines": [{"line_no": ln.line_no, "sku": ln.sku, "name_bo": ln.name_bo, "name_zh": ln.name_zh,
                       "name_en": ln.name_en, "unit": ln.unit, "qty": _qty_text(ln.qty_milli),
                       "unit_price_fen": ln.unit_price_fen, "line_total_fen": ln.line_total_fen}
                      for ln in lines]}


def _lines(s: Session, ids: list[int]) -> dict[int, list[OnlineOrderLineRow]]:
    out: dict[int, list[OnlineOrderLineRow]] = {}
    for ln in s.scalars(select(OnlineOrderLineRow).where(OnlineOrderLineRow.order_id.in_(ids))
                        .order_by(OnlineOrderLineRow.order_id, OnlineOrderLineRow.line_no)):
        out.setdefault(ln.order_id, []).append(ln)
    return out


def find_order(db: Database, token: str) -> dict | None:
    """The order whose token is ``token`` as a document (:func:`pull_orders`' shape, plus
    ``payment_method``, ``carrier``, ``tracking``, ``delivery_number``), else ``None`` — the
    same for a malformed, unknown or another site's token (looked up by its SHA-256, the
    stored hash compared in constant time)."""
    if not token or len(token) > 200:
        return None
    wanted = token_hash(token)
    with db.read() as s:
        r = s.scalar(select(OnlineOrderRow).where(OnlineOrderRow.token_hash == wanted))
        if r is None or not hmac.compare_digest(r.token_hash.encode(), wanted.encode()):
            return None
        return {**_document(r, _lines(s, [r.id]).get(r.id, [])), "payment_method": r.payment_method,
                "carrier": r.carrier, "tracking": r.tracking, "delivery_number": r.delivery_number}


def pull_orders(db: Database, cursor: int = 0, limit: int = sm.DEFAULT_ORDERS_PAGE) -> dict:
    """``GET /orders``: ``{"schema": 1, "cursor", "more", "orders": [document]}`` — the orders
    whose ``change_id`` is above ``cursor``, in change order, at most ``limit`` (1 …
    :data:`shop_models.MAX_ORDERS_PAGE`); ``cursor`` the highest change returned (else the one
    given).  One read snapshot."""
    limit = max(1, min(int(limit), sm.MAX_ORDERS_PAGE))
    with db.read(snapshot=True) as s:
        rows = list(s.scalars(select(OnlineOrderRow).where(OnlineOrderRow.change_id > cursor)
                              .order_by(OnlineOrderRow.change_id).limit(limit + 1)))
        more, rows = len(rows) > limit, rows[:limit]
        lines = _lines(s, [r.id for r in rows]) if rows else {}
        orders = [_document(r, lines.get(r.id, [])) for r in rows]
        reached = rows[-1].change_id if rows else cursor
    return {"schema": 1, "cursor": reached, "more": more, "orders": orders}


def _change(s: Session, order_id: int, received_at: str, **values) -> None:
    s.execute(update(OnlineOrderRow).where(OnlineOrderRow.id == order_id)
              .values(**values, updated_at=received_at, change_id=next_change_id(s)))


def _order_for_update(s: Session, number: str) -> OnlineOrderRow | None:
    lock_orders(s)
    return s.scalar(select(OnlineOrderRow).where(OnlineOrderRow.number == number).with_for_update())


def apply_event(s: Session, terminal: str, kind: str, payload, received_at: str) -> bool:
    """Project an accepted ``order.confirmed`` / ``order.cancelled`` event of ``terminal`` in
    the push's session ``s``; returns whether the order changed.  Confirmed: once (while no
    payment is recorded and the order is not cancelled) → ``to_pack`` for a delivery still
    awaiting payment (a delivery event of it may have come first), ``picked_up`` for a
    pick-up; the payment, postage, total, sale and delivery numbers and the terminal are
    recorded.  Cancelled: only from ``awaiting_payment``.  An unknown number or another state:
    the event is kept as received, the order does not change."""
    r = _order_for_update(s, payload.number)
    if r is None:
        return False
    if kind == sm.CONFIRMED:
        if r.payment_method is not None or r.status == "cancelled":
            return False
        status = "picked_up" if r.fulfilment == "pickup" else ("to_pack" if r.status == "awaiting_payment"
                                                               else r.status)
        _change(s, r.id, received_at, status=status, terminal_code=terminal, payment_method=payload.payment_method,
                payment_reference=payload.payment_reference, postage_fen=payload.postage_fen,
                total_fen=payload.total_fen, sale_number=payload.sale_number,
                delivery_number=payload.delivery_number or r.delivery_number)
        return True
    if r.status != "awaiting_payment":
        return False
    _change(s, r.id, received_at, status="cancelled", terminal_code=terminal, cancel_reason=payload.reason)
    return True


def follow_delivery(s: Session, terminal: str, delivery_uuid: str, received_at: str) -> bool:
    """After a ``delivery.*`` event of ``terminal`` was applied: when the delivery (its kept,
    newest snapshot) has channel ``online``, the order numbered its ``channel_order`` follows
    it — status, carrier, tracking, delivery number — unless the order is cancelled or
    another terminal's.  Returns whether the order changed (nothing new: no change)."""
    d = s.execute(select(DeliveryRow.channel, DeliveryRow.channel_order, DeliveryRow.status, DeliveryRow.carrier,
                         DeliveryRow.tracking, DeliveryRow.number, DeliveryRow.terminal_code)
                  .where(DeliveryRow.uuid == delivery_uuid)).first()
    if d is None or d.channel != "online" or not d.channel_order or d.terminal_code != terminal:
        return False
    r = _order_for_update(s, d.channel_order)
    if r is None or r.status == "cancelled" or r.fulfilment != "delivery" or r.terminal_code not in (None, terminal):
        return False
    new = {"status": d.status, "carrier": d.carrier, "tracking": d.tracking, "delivery_number": d.number,
           "terminal_code": terminal}
    if all(getattr(r, k) == v for k, v in new.items()):
        return False
    _change(s, r.id, received_at, **new)
    return True
