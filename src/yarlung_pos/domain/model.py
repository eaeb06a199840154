"""Domain objects of the till: catalogue entries, the open cart, tenders and completed sales.

Shapes and units: every money field ends in ``_fen`` and is an ``int``; quantities are
``Decimal`` in the product's unit (``kg`` with up to 3 decimals, other units whole).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from decimal import Decimal
from enum import Enum

from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.domain.money import format_fen, line_total_fen
from yarlung_pos.domain.pricing import Discount, price_lines

#: Unit codes a product may be sold in.  Only weighed units take fractional quantities.
UNITS: tuple[str, ...] = ("piece", "bottle", "kg", "jar", "bag", "box", "pair", "pack")
WEIGHED_UNITS: frozenset[str] = frozenset({"kg"})
#: the English name of each unit code, marked so messages show it in the screen's language
#: (an error's ``unit`` parameter holds the code, translated as a ``translated_params`` text)
UNIT_NAMES: dict[str, str] = {
    "piece": QT_TRANSLATE_NOOP("DomainError", "piece"),
    "bottle": QT_TRANSLATE_NOOP("DomainError", "bottle"),
    "kg": QT_TRANSLATE_NOOP("DomainError", "kg"),
    "jar": QT_TRANSLATE_NOOP("DomainError", "jar"),
    "bag": QT_TRANSLATE_NOOP("DomainError", "bag"),
    "box": QT_TRANSLATE_NOOP("DomainError", "box"),
    "pair": QT_TRANSLATE_NOOP("DomainError", "pair"),
    "pack": QT_TRANSLATE_NOOP("DomainError", "pack"),
}
QTY_DECIMALS = 3
QTY_QUANTUM = Decimal("0.001")
MAX_LINE_QTY = Decimal("9999")
#: Most change a sale may give (fen).  A larger surplus is a mistyped or scanned amount.
MAX_CHANGE_FEN = 200_000  # ￥2,000
_PLAIN_QTY = re.compile(r"^\d{1,9}(?:[.,]\d*)?$|^[.,]\d+$", re.ASCII)


class UnknownCode(DomainError):
    """A scanned or typed code matches no active product."""


class InvalidQuantity(DomainError):
    """A quantity is not a number, not positive, too large, or fractional for a counted unit.
    Its ``unit`` parameter is a unit code whose name (:data:`UNIT_NAMES`) is shown translated."""

    translated_params = ("unit",)


class EmptySale(DomainError):
    """A sale with no lines cannot be paid or completed."""


class PaymentError(DomainError):
    """Tenders do not settle the sale (too little paid, or a non-cash tender above what is due)."""


class PaymentMethod(str, Enum):
    """Tender types accepted at the hall.  Values are the stored and exported codes."""

    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    UNIONPAY = "unionpay"


@dataclass(frozen=True)
class Category:
    """A product category (the hall shows 6).  ``code`` is upper-case ASCII."""

    code: str
    name_bo: str
    name_zh: str
    name_en: str
    sort_order: int = 0


@dataclass(frozen=True)
class Cooperative:
    """A farmers' and herdsmen's cooperative whose goods the hall sells on consignment."""

    code: str
    name_bo: str
    name_zh: str
    name_en: str
    town_bo: str = ""
    town_zh: str = ""
    town_en: str = ""


@dataclass(frozen=True)
class Product:
    """A sellable SKU.  ``price_fen`` is the current price in fen per ``unit``."""

    id: int
    sku: str
    name_bo: str
    name_zh: str
    name_en: str
    category: str  # category code
    cooperative: str  # cooperative code
    unit: str
    price_fen: int
    barcode: str | None = None
    active: bool = True

    @property
    def weighed(self) -> bool:
        """True when sold by weight (fractional quantities allowed)."""
        return self.unit in WEIGHED_UNITS


def parse_quantity(text: str | Decimal | int, unit: str) -> Decimal:
    """Read a quantity for ``unit``: a positive ``Decimal`` with at most 3 decimals for ``kg``
    and a whole number for counted units.  Raises :class:`InvalidQuantity` with the reason."""
    if isinstance(text, (Decimal, int)):
        qty = Decimal(text)
    else:
        raw = str(text).strip()
        if not _PLAIN_QTY.match(raw):
            raise InvalidQuantity(QT_TRANSLATE_NOOP("DomainError", "This is not a quantity: {text}"), text=raw[:40])
        qty = Decimal(raw.replace(",", "."))
    if not qty.is_finite() or qty <= 0:
        raise InvalidQuantity(QT_TRANSLATE_NOOP("DomainError", "The quantity must be above zero: {text}"), text=str(text).strip())
    if qty > MAX_LINE_QTY:
        raise InvalidQuantity(QT_TRANSLATE_NOOP("DomainError", "The quantity is too large: {qty}"), qty=qty)
    if unit in WEIGHED_UNITS:
        if qty != qty.quantize(QTY_QUANTUM):
            raise InvalidQuantity(QT_TRANSLATE_NOOP("DomainError", "Sold by the {unit}: at most 3 decimals, not {qty}."), unit=unit, qty=qty)
        return qty.quantize(QTY_QUANTUM)
    if qty != qty.to_integral_value():
        raise InvalidQuantity(QT_TRANSLATE_NOOP("DomainError", "Sold by the {unit}: whole numbers only, not {qty}."), unit=unit, qty=qty)
    return qty.quantize(Decimal(1))


@dataclass
class CartLine:
    """An order line of the open sale.  SKU, names and unit price are snapshots taken when the
    product was added, so a later price change never alters a line already in the cart."""

    product_id: int | None  # None: a line that is no product (a delivery's postage)
    sku: str
    name_bo: str
    name_zh: str
    name_en: str
    unit: str
    unit_price_fen: int
    qty: Decimal
    #: the line's own discount (``yarlung_pos.domain.pricing.Discount``) or ``None``
    discount: object | None = None
    #: the catalogue price when a manager overrode ``unit_price_fen``; ``None`` otherwise
    list_price_fen: int | None = None
    #: (discount fen, gross fen) of the line when a manager approved its discount: the
    #: approval covers at most that discount at that rate (see ``pricing.approval_needed``)
    discount_approved: tuple[int, int] | None = None
    #: login name of the manager who approved the line's discount or price override
    approved_by: str | None = None

    @classmethod
    def of(cls, product: Product, qty: Decimal) -> "CartLine":
        """Snapshot ``product`` into a new line of ``qty`` units."""
        return cls(product.id, product.sku, product.name_bo, product.name_zh, product.name_en,
                   product.unit, product.price_fen, qty)

    @property
    def line_total_fen(self) -> int:
        """``unit_price_fen × qty`` rounded half-up to a fen (see :func:`line_total_fen`)."""
        return line_total_fen(self.unit_price_fen, self.qty)


@dataclass
class Cart:
    """The sale being rung up.  Adding a product already in the cart adds to its line (unless
    that line's price was overridden).  ``discount`` is the whole-sale discount
    (``yarlung_pos.domain.pricing.Discount``) or ``None``."""

    lines: list[CartLine] = field(default_factory=list)
    discount: object | None = None
    #: (all discounts fen, gross fen) of the sale when a manager approved its discounts
    discount_approved: tuple[int, int] | None = None
    #: login name of the manager who approved the sale's discounts as they stood then
    approved_by: str | None = None

    def add(self, product: Product, qty: Decimal = Decimal(1)) -> int:
        """Add ``qty`` of ``product``; returns the index of the line that holds it."""
        for i, line in enumerate(self.lines):
            if (line.product_id == product.id and line.unit_price_fen == product.price_fen
                    and line.list_price_fen is None):
                new_qty = line.qty + qty
                if new_qty > MAX_LINE_QTY:
                    raise InvalidQuantity(QT_TRANSLATE_NOOP("DomainError", "The quantity is too large: {qty}"), qty=new_qty)
                line.qty = new_qty
                return i
        self.lines.append(CartLine.of(product, parse_quantity(qty, product.unit)))
        return len(self.lines) - 1

    def set_qty(self, index: int, qty: Decimal | str) -> None:
        """Set line ``index`` to ``qty`` (validated for the line's unit)."""
        line = self.lines[index]
        line.qty = parse_quantity(qty, line.unit)

    def step(self, index: int, delta: int) -> None:
        """Add ``delta`` whole units to line ``index``; never below one unit (use remove)."""
        line = self.lines[index]
        new_qty = line.qty + delta
        if new_qty <= 0:
            raise InvalidQuantity(QT_TRANSLATE_NOOP("DomainError", "quantity must be above zero — press Delete to remove the line"))
        line.qty = parse_quantity(new_qty, line.unit)

    def remove(self, index: int) -> CartLine:
        """Remove and return line ``index``."""
        return self.lines.pop(index)

    def clear(self) -> None:
        """Empty the cart (after completion or cancellation)."""
        self.lines.clear()
        self.discount = None
        self.discount_approved = None
        self.approved_by = None

    def pricing(self, rounding: str = "none"):
        """The cart priced with its discounts and the cash-rounding rule ``rounding`` (a
        :class:`~yarlung_pos.domain.pricing.Pricing`; a line that is no product — postage —
        takes no share of the whole-sale discount); raises ``DiscountError`` when an amount
        discount exceeds what it applies to."""
        return price_lines([ln.line_total_fen for ln in self.lines], [ln.discount for ln in self.lines],
                           self.discount, rounding,
                           frozenset(i for i, ln in enumerate(self.lines) if ln.product_id is None))

    @property
    def gross_fen(self) -> int:
        """Sum of line totals (price × quantity) before any discount, in fen."""
        return sum(line.line_total_fen for line in self.lines)

    @property
    def total_fen(self) -> int:
        """What the sale comes to after line and whole-sale discounts, before cash rounding
        (fen)."""
        if self.discount is None and all(ln.discount is None for ln in self.lines):
            return self.gross_fen
        try:
            return self.pricing().before_rounding_fen
        except DomainError:  # an amount discount no longer fits (a line was reduced): no discount
            return self.gross_fen

    def to_json(self) -> dict:
        """The cart as JSON-ready data (parked sales): lines with their snapshots, quantities as
        strings, discounts (see ``Discount.to_json``)."""
        return {"lines": [{
            "product_id": ln.product_id, "sku": ln.sku, "name_bo": ln.name_bo, "name_zh": ln.name_zh,
            "name_en": ln.name_en, "unit": ln.unit, "unit_price_fen": ln.unit_price_fen, "qty": str(ln.qty),
            "discount": ln.discount.to_json() if ln.discount is not None else None,
            "list_price_fen": ln.list_price_fen,
            "discount_approved": list(ln.discount_approved) if ln.discount_approved else None,
            "approved_by": ln.approved_by} for ln in self.lines],
            "discount": self.discount.to_json() if self.discount is not None else None,
            "discount_approved": list(self.discount_approved) if self.discount_approved else None,
            "approved_by": self.approved_by}

    @classmethod
    def from_json(cls, data: dict) -> "Cart":
        """Inverse of :meth:`to_json`; raises ``KeyError``/``ValueError`` on malformed data."""
        cart = cls()
        for d in data["lines"]:
            cart.lines.append(CartLine(int(d["product_id"]), d["sku"], d["name_bo"], d["name_zh"], d["name_en"],
                                       d["unit"], int(d["unit_price_fen"]), parse_quantity(d["qty"], d["unit"]),
                                       Discount.from_json(d.get("discount")), d.get("list_price_fen"),
                                       _pair(d.get("discount_approved")), d.get("approved_by")))
        cart.discount = Discount.from_json(data.get("discount"))
        cart.discount_approved = _pair(data.get("discount_approved"))
        cart.approved_by = data.get("approved_by")
        return cart

    def __len__(self) -> int:
        return len(self.lines)


def _pair(value) -> tuple[int, int] | None:
    """``[a, b]`` (JSON) → ``(a, b)`` of ints; ``None`` stays ``None``."""
    return None if not value else (int(value[0]), int(value[1]))


@dataclass(frozen=True)
class Tender:
    """A payment offered by the customer: ``amount_fen`` as tendered (cash may exceed what is due)."""

    method: PaymentMethod
    amount_fen: int
    reference: str | None = None


@dataclass(frozen=True)
class Payment:
    """A settled payment of a sale: ``amount_fen`` as tendered, ``change_fen`` given back (cash only)."""

    method: PaymentMethod
    amount_fen: int
    change_fen: int = 0
    reference: str | None = None


def settle(total_fen: int, tenders: list[Tender]) -> list[Payment]:
    """Turn tenders into payments for a sale of ``total_fen``.

    Rules (as in Odoo's POS and common practice): non-cash tenders together may not exceed the
    total (no change is given on a card or QR payment); the tenders together must cover the
    total; any surplus is change and comes from cash: all cash tenders become one cash payment
    that carries the change, which may not exceed :data:`MAX_CHANGE_FEN` (a larger surplus
    is a mistyped or scanned amount).  Raises :class:`PaymentError` or :class:`EmptySale`.
    """
    if total_fen <= 0:
        raise EmptySale(QT_TRANSLATE_NOOP("DomainError", "nothing to pay"))
    for t in tenders:
        if t.amount_fen <= 0:
            raise PaymentError(QT_TRANSLATE_NOOP("DomainError", "a payment must be above zero"))
    paid = sum(t.amount_fen for t in tenders)
    non_cash = sum(t.amount_fen for t in tenders if t.method is not PaymentMethod.CASH)
    cash = paid - non_cash
    if non_cash > total_fen:
        raise PaymentError(QT_TRANSLATE_NOOP("DomainError", "card and QR payments cannot exceed the amount due"))
    if paid < total_fen:
        raise PaymentError(QT_TRANSLATE_NOOP("DomainError", "{amount} is still due."), amount=format_fen(total_fen - paid))
    change = paid - total_fen
    if change > cash:  # pragma: no cover - implied by the two checks above
        raise PaymentError(QT_TRANSLATE_NOOP("DomainError", "change can only be given from cash"))
    if change > MAX_CHANGE_FEN:
        raise PaymentError(QT_TRANSLATE_NOOP(
            "DomainError", "The change of {change} is more than a sale can give (at most {limit}) — check the "
                           "amount tendered."),
            change=format_fen(change), limit=format_fen(MAX_CHANGE_FEN))
    payments: list[Payment] = []
    cash_done = False
    for t in tenders:
        if t.method is PaymentMethod.CASH:
            if not cash_done:  # all cash tenders become one cash payment that carries the change
                refs = [x.reference for x in tenders if x.method is PaymentMethod.CASH and x.reference]
                payments.append(Payment(t.method, cash, change, "; ".join(refs) or None))
                cash_done = True
        else:
            payments.append(Payment(t.method, t.amount_fen, 0, t.reference))
    return payments
