"""Stock quantities as stored (integer thousandths, ``qty_milli``) and shown, and the lines of
a stock-level report — shared by the services (SQLAlchemy) and the read-only commands (plain
``sqlite3``, :mod:`yarlung_pos.services.read_only`), so both answer alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from yarlung_pos.domain.model import QTY_QUANTUM, WEIGHED_UNITS, DomainError


class InventoryError(DomainError):
    """An inventory request that is refused (unknown SKU, missing reason, closed stocktake …)."""


def to_milli(qty: Decimal) -> int:
    """``Decimal("1.5") → 1500``; raises ``ValueError`` if finer than 0.001."""
    milli = Decimal(qty) * 1000
    if milli != milli.to_integral_value():
        raise ValueError(f"quantity finer than 0.001: {qty}")
    return int(milli)


def from_milli(milli: int) -> Decimal:
    """``1500 → Decimal("1.500")`` (always three decimals)."""
    return (Decimal(milli) / 1000).quantize(QTY_QUANTUM)


def qty_for_unit(milli: int, unit: str) -> Decimal:
    """Stored thousandths as the quantity shown for ``unit``: three decimals for weighed units
    (``735 → 0.735``), whole numbers otherwise (``2000 → 2``)."""
    qty = from_milli(milli)
    return qty if unit in WEIGHED_UNITS else qty.quantize(Decimal(1))


@dataclass(frozen=True)
class StockLine:
    """A product's level (and its low-stock threshold, if set)."""

    sku: str
    name_zh: str
    unit: str
    level: Decimal
    threshold: Decimal | None


def stock_lines(products: Iterable[tuple[int, str, str, str, int | None]], levels_milli: Mapping[int, int],
                only: str | None = None) -> list[StockLine]:
    """The report's lines for ``products`` — ``(id, sku, name_zh, unit, low_stock_milli)`` in
    the order wanted — with their levels (``levels_milli``: product id → sum of its moves in
    thousandths; missing = 0).  ``only="low"`` keeps those at or below their threshold,
    ``only="negative"`` those below zero (sold without stock — to check)."""
    out = []
    for pid, sku, name_zh, unit, low_milli in products:
        level = qty_for_unit(int(levels_milli.get(pid) or 0), unit)
        threshold = qty_for_unit(low_milli, unit) if low_milli is not None else None
        if only == "low" and (threshold is None or level > threshold):
            continue
        if only == "negative" and level >= 0:
            continue
        out.append(StockLine(sku, name_zh, unit, level, threshold))
    return out
