"""Discounts, price overrides and cash rounding: how a cart's lines become the amount due.

All amounts are integer fen.  The rules, applied in this order:

1. a line's gross is ``unit_price_fen × qty`` half-up to a fen (:func:`line_total_fen`); a
   price override replaces the unit price (the catalogue price is kept as ``list_price_fen``);
2. a line discount is a percentage of the gross (half-up to a fen) or an amount (at most the
   gross) — the line's net is gross − discount;
3. a whole-sale (order) discount is a percentage of, or an amount off, the sum of the line
   nets; it is allocated to the lines in proportion to their nets by the largest-remainder
   method, so the shares add up to exactly the discount and each cooperative's settlement
   carries its own goods' part (nothing is lost or made up by rounding);
4. cash rounding (抹零) of the amount due: ``none``, ``drop_fen`` (down to whole jiao,
   ¥12.37 → ¥12.30) or ``nearest_jiao`` (half-up to 0.1 yuan, ¥12.35 → ¥12.40).  The
   difference is the sale's ``rounding_fen`` and is shown on the receipt.

Percentages are ``Decimal`` with at most 2 decimals in ``(0, 100]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.domain.money import format_fen


class DiscountError(DomainError):
    """A discount or price override that cannot apply (not a number, above 100 %, more than
    the line or sale is worth …)."""


class RoundingRule(str, Enum):
    """Cash rounding of the amount due.  Values are the stored setting codes."""

    NONE = "none"
    DROP_FEN = "drop_fen"
    NEAREST_JIAO = "nearest_jiao"


class DiscountKind(str, Enum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True)
class Discount:
    """A discount: ``PERCENT`` with ``value`` a ``Decimal`` percentage (``Decimal("10")`` =
    10 %), or ``AMOUNT`` with ``value`` in fen (an ``int``)."""

    kind: DiscountKind
    value: Decimal | int

    @classmethod
    def percent(cls, pct: Decimal | str | int) -> "Discount":
        """A percentage discount; raises :class:`DiscountError` outside (0, 100] or with more
        than 2 decimals."""
        try:
            value = Decimal(str(pct).strip().rstrip("%").strip())
        except InvalidOperation:
            raise DiscountError(QT_TRANSLATE_NOOP("DomainError", "not a percentage: {text}"), text=str(pct)[:20]) from None
        if not value.is_finite() or "e" in str(pct).lower() or value <= 0 or value > 100 or value != value.quantize(Decimal("0.01")):
            raise DiscountError(QT_TRANSLATE_NOOP("DomainError", "a percentage must be above 0 and at most 100, "
                                                  "with at most 2 decimals: {text}"), text=str(pct)[:20])
        # plain text for receipts, the audit log and parked sales: "10", "12.5" (never "1E+1")
        plain = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
        return cls(DiscountKind.PERCENT, plain)

    @classmethod
    def amount(cls, fen: int) -> "Discount":
        """An amount off, in fen (> 0); raises :class:`DiscountError`."""
        if not isinstance(fen, int) or fen <= 0:
            raise DiscountError(QT_TRANSLATE_NOOP("DomainError", "a discount amount must be above zero"))
        return cls(DiscountKind.AMOUNT, fen)

    def fen_of(self, base_fen: int) -> int:
        """The discount in fen on ``base_fen``: a percentage half-up to a fen, an amount as is.
        Raises :class:`DiscountError` when an amount exceeds ``base_fen``."""
        if self.kind is DiscountKind.PERCENT:
            return int((Decimal(base_fen) * Decimal(self.value) / 100).quantize(Decimal(1), ROUND_HALF_UP))
        if self.value > base_fen:
            raise DiscountError(QT_TRANSLATE_NOOP("DomainError", "A discount of {fen} is more than the {base} it applies to."),
                                fen=format_fen(int(self.value)), base=format_fen(base_fen))
        return int(self.value)

    def to_json(self) -> dict:
        """``{"kind": "percent", "value": "10"}`` or ``{"kind": "amount", "value": 500}``."""
        return {"kind": self.kind.value, "value": str(self.value) if self.kind is DiscountKind.PERCENT else int(self.value)}

    @classmethod
    def from_json(cls, data: dict | None) -> "Discount | None":
        """Inverse of :meth:`to_json` (``None`` stays ``None``)."""
        if not data:
            return None
        kind = DiscountKind(data["kind"])
        return cls.percent(data["value"]) if kind is DiscountKind.PERCENT else cls.amount(int(data["value"]))


def allocate(total_fen: int, weights: list[int]) -> list[int]:
    """Split ``total_fen`` over ``weights`` (non-negative fen) in proportion, by the
    largest-remainder method: the parts add up to exactly ``total_fen``, ties go to the
    earlier line.  All-zero weights: everything on the first line (an empty list → ``[]``)."""
    if not weights:
        return []
    base = sum(weights)
    if base <= 0:
        return [total_fen] + [0] * (len(weights) - 1)
    parts = [total_fen * w // base for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(total_fen * weights[i] % base), i))
    for i in remainders[: total_fen - sum(parts)]:
        parts[i] += 1
    return parts


def round_cash(amount_fen: int, rule: RoundingRule | str) -> int:
    """``amount_fen`` rounded by ``rule``; returns the rounded amount (fen)."""
    rule = RoundingRule(rule)
    if rule is RoundingRule.NONE or amount_fen <= 0:
        return amount_fen
    if rule is RoundingRule.DROP_FEN:
        return amount_fen - amount_fen % 10
    return (amount_fen + 5) // 10 * 10


@dataclass(frozen=True)
class LinePrice:
    """One line priced: ``gross_fen`` (price × qty), ``discount_fen`` (its own),
    ``order_discount_fen`` (its share of the whole-sale discount), ``net_fen``."""

    gross_fen: int
    discount_fen: int
    order_discount_fen: int

    @property
    def net_fen(self) -> int:
        return self.gross_fen - self.discount_fen - self.order_discount_fen


@dataclass(frozen=True)
class Pricing:
    """A cart priced: per line, the subtotal after line discounts, the whole-sale discount,
    the cash rounding and the amount due (``due_fen = subtotal − order discount + rounding``)."""

    lines: tuple[LinePrice, ...]
    subtotal_fen: int
    order_discount_fen: int
    rounding_fen: int

    @property
    def line_discounts_fen(self) -> int:
        return sum(p.discount_fen for p in self.lines)

    @property
    def discounts_fen(self) -> int:
        """All discounts: line discounts plus the whole-sale discount."""
        return self.line_discounts_fen + self.order_discount_fen

    @property
    def before_rounding_fen(self) -> int:
        return self.subtotal_fen - self.order_discount_fen

    @property
    def due_fen(self) -> int:
        return self.subtotal_fen - self.order_discount_fen + self.rounding_fen


def price_lines(gross: list[int], line_discounts: list[Discount | None], order_discount: Discount | None,
                rule: RoundingRule | str = RoundingRule.NONE, fixed: frozenset[int] = frozenset()) -> Pricing:
    """Price lines of ``gross`` fen with their discounts (see the module rules).  Lines whose
    index is in ``fixed`` (a delivery's postage) take no part in the whole-sale discount: it is
    figured on, and shared over, the other lines.  Raises :class:`DiscountError` when an
    amount discount exceeds what it applies to."""
    own = [d.fen_of(g) if d is not None else 0 for g, d in zip(gross, line_discounts, strict=True)]
    nets = [g - d for g, d in zip(gross, own)]
    subtotal = sum(nets)
    base = [0 if i in fixed else n for i, n in enumerate(nets)]
    order = order_discount.fen_of(sum(base)) if order_discount is not None else 0
    shares = allocate(order, base)
    before = subtotal - order
    rounding = round_cash(before, rule) - before
    return Pricing(tuple(LinePrice(g, d, s) for g, d, s in zip(gross, own, shares)), subtotal, order, rounding)


def needs_approval(discount_fen: int, base_fen: int, limit_pct: Decimal, limit_fen: int) -> bool:
    """True when a discount of ``discount_fen`` on ``base_fen`` is above the manager-approval
    limits: more than ``limit_pct`` percent of the base, or more than ``limit_fen``."""
    if discount_fen <= 0:
        return False
    return discount_fen > limit_fen or Decimal(discount_fen) * 100 > Decimal(limit_pct) * base_fen


def _covered(approved: tuple[int, int] | None, discount_fen: int, base_fen: int) -> bool:
    """True when a manager's approval of ``approved`` = (discount, base) covers a discount of
    ``discount_fen`` on ``base_fen``: no more money off, and no higher a rate."""
    return (approved is not None and discount_fen <= approved[0]
            and discount_fen * approved[1] <= approved[0] * base_fen)


def approval_needed(cart, limit_pct: Decimal, limit_fen: int) -> bool:
    """True when ``cart``'s discounts are above the manager-approval limits and no manager
    approved them as they stand: any line's own discount against that line, and all
    discounts together against the sale's gross — so lowering a quantity after a small
    discount, or stacking a line and a whole-sale discount, cannot slip past the limit.
    Raises :class:`DiscountError` when an amount discount no longer fits."""
    pricing = cart.pricing()
    for line, price in zip(cart.lines, pricing.lines):
        if needs_approval(price.discount_fen, price.gross_fen, limit_pct, limit_fen) \
                and not _covered(line.discount_approved, price.discount_fen, price.gross_fen):
            return True
    return needs_approval(pricing.discounts_fen, cart.gross_fen, limit_pct, limit_fen) \
        and not _covered(cart.discount_approved, pricing.discounts_fen, cart.gross_fen)


def mark_approved(cart, by: str | None = None) -> None:
    """Record that manager ``by`` (login name) approved ``cart``'s discounts and price
    overrides as they stand now."""
    pricing = cart.pricing()
    for line, price in zip(cart.lines, pricing.lines):
        if price.discount_fen:
            line.discount_approved = (price.discount_fen, price.gross_fen)
        if price.discount_fen or is_override(line):
            line.approved_by = by
    cart.discount_approved = (pricing.discounts_fen, cart.gross_fen)
    cart.approved_by = by


def is_override(line) -> bool:
    """True when ``line``'s unit price was changed from the catalogue's (a price override)."""
    return line.list_price_fen is not None and line.list_price_fen != line.unit_price_fen


def unapproved(cart, limit_pct: Decimal, limit_fen: int) -> tuple[str | None, set[str]]:
    """What a completing sale still needs approved: ``(action, approvers)``.

    ``action`` is ``"price_override"`` when a price override has no recorded approval,
    ``"discount"`` when a discount above the limits (per line, or all together against the
    sale's gross — see :func:`approval_needed`) is not covered by one, else ``None``;
    ``approvers`` are the login names the cart's covering approvals name (the caller checks
    that they are still managers).  Raises :class:`DiscountError` when an amount discount no
    longer fits."""
    pricing = cart.pricing()
    names: set[str] = set()
    action = None
    for line, price in zip(cart.lines, pricing.lines):
        if is_override(line):
            if line.approved_by:
                names.add(line.approved_by)
            else:
                action = "price_override"
        if needs_approval(price.discount_fen, price.gross_fen, limit_pct, limit_fen):
            if _covered(line.discount_approved, price.discount_fen, price.gross_fen) and line.approved_by:
                names.add(line.approved_by)
            elif action is None:
                action = "discount"
    if needs_approval(pricing.discounts_fen, cart.gross_fen, limit_pct, limit_fen):
        if _covered(cart.discount_approved, pricing.discounts_fen, cart.gross_fen) and cart.approved_by:
            names.add(cart.approved_by)
        elif action is None:
            action = "discount"
    return action, names
