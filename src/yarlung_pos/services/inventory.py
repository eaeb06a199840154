"""Inventory use cases: goods received from cooperatives, adjustments, stocktakes, the
per-product ledger and the low/negative stock lists.

Stock is a ledger (docs/architecture.md): every change is a signed stock move with a reason and a
source document; a level is always the sum of moves and is never overwritten.  Quantities
are ``Decimal`` in the product's unit.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import (CategoryRow, CooperativeRow, OutboxRow, ProductRow, StockMoveRow,
                                   StockReceiptLineRow, StockReceiptRow, StocktakeLineRow, StocktakeRow)
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, local_time, offset_minutes, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError, parse_quantity
from yarlung_pos.services.numbering import terminal_code
from yarlung_pos.domain.stock_levels import InventoryError, StockLine, stock_lines
from yarlung_pos.services.stock import add_move, from_milli, qty_for_unit, stock_levels, to_milli

#: reasons an adjustment may give
ADJUST_REASONS = ("damaged", "spoiled", "sample", "gift", "correction")


def _product(session: Session, sku: str) -> ProductRow:
    row = session.scalar(select(ProductRow).where(ProductRow.sku == sku.strip().upper()))
    if row is None:
        raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "unknown SKU {sku}"), sku=sku.strip())
    return row


def _count_qty(text: str, unit: str) -> Decimal:
    """A counted quantity: zero (in any spelling, "0", "0.00") or a valid quantity of ``unit``."""
    text = text.strip()
    try:
        if Decimal(text.replace(",", ".")) == 0 and text.lstrip("0.,") == "":
            return Decimal(0)
    except ArithmeticError:
        pass
    return parse_quantity(text, unit)


def _next_number(session: Session, model, prefix: str) -> str:
    count = session.scalar(select(func.count()).select_from(model)) or 0
    return f"{prefix}-{terminal_code(session)}-{count + 1:06d}"


def _event(session: Session, kind: str, payload: dict, at) -> None:
    session.add(OutboxRow(uuid=str(uuid.uuid4()), kind=kind, created_at=utc_iso(at),
                          payload=json.dumps({"schema": 1, **payload}, ensure_ascii=False, separators=(",", ":"))))


def parse_sku_qty(text: str) -> tuple[str, str]:
    """``"GRAIN-002:12.5"`` → ``("GRAIN-002", "12.5")``; raises :class:`InventoryError`."""
    sku, sep, qty = text.strip().rpartition(":")
    if not sep or not sku or not qty:
        raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "expected SKU:QUANTITY, not {text}"), text=text.strip())
    return sku, qty


def receive_stock(store: Store, cooperative: str, lines: list[tuple[str, str | Decimal]], notes: str = "", *,
                  clock: Clock) -> str:
    """Record goods received from ``cooperative`` (code): a numbered receipt (``GR-T01-…``)
    with one ``receipt`` move per line.  Quantities must be positive (whole for counted
    units).  Returns the receipt number; raises :class:`InventoryError`/``InvalidQuantity``."""
    if not lines:
        raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "a goods receipt needs at least one line"))
    at = clock()
    with store.write() as s:
        coop = s.scalar(select(CooperativeRow).where(CooperativeRow.code == cooperative.strip().upper()))
        if coop is None:
            raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "unknown cooperative {code}"), code=cooperative)
        number = _next_number(s, StockReceiptRow, "GR")
        receipt = StockReceiptRow(number=number, cooperative_id=coop.id, received_at=utc_iso(at),
                                  utc_offset_min=offset_minutes(at), notes=notes)
        event_lines = []
        for sku, qty_text in lines:
            product = _product(s, sku)
            qty = parse_quantity(qty_text, product.unit)
            receipt.lines.append(StockReceiptLineRow(product_id=product.id, qty_milli=to_milli(qty)))
            add_move(s, product.id, qty, "receipt", "stock_receipt", number, at)
            event_lines.append({"sku": product.sku, "qty": str(qty)})
        s.add(receipt)
        _event(s, "stock.received", {"number": number, "cooperative": coop.code, "lines": event_lines}, at)
    return number


def adjust_stock(store: Store, sku: str, qty: str | Decimal, reason: str, note: str = "", *,
                 clock: Clock) -> Decimal:
    """Add a signed adjustment (``-2`` two broken, ``+1`` found) with a required ``reason``
    (one of :data:`ADJUST_REASONS`).  Returns the new level."""
    reason = (reason or "").strip().lower()
    if len(note) > 500:
        raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "the note is longer than 500 characters"))
    if reason not in ADJUST_REASONS:
        raise InventoryError(QT_TRANSLATE_NOOP(  # the names as the Reason list shows them, not the codes
            "DomainError", "an adjustment needs a reason: damaged, spoiled, sample, gift or correction"))
    text = str(qty).strip()
    negative = text.startswith("-")
    at = clock()
    with store.write() as s:
        product = _product(s, sku)
        amount = parse_quantity(text.lstrip("+-"), product.unit)
        signed = -amount if negative else amount
        add_move(s, product.id, signed, "adjustment", "adjustment", reason, at, note=note or reason)
        _event(s, "stock.adjusted", {"sku": product.sku, "qty": str(signed), "reason": reason, "note": note}, at)
        s.flush()
        level = stock_levels(s, [product.id]).get(product.id, from_milli(0))
        return qty_for_unit(to_milli(level), product.unit)


def open_stocktake(store: Store, category: str | None = None, *, clock: Clock) -> str:
    """Start a count of a category (code) or of every active product; returns its number."""
    at = clock()
    with store.write() as s:
        stmt = select(ProductRow).where(ProductRow.active.is_(True)).order_by(ProductRow.sku)
        scope = "ALL"
        if category:
            cat = s.scalar(select(CategoryRow).where(CategoryRow.code == category.strip().upper()))
            if cat is None:
                raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "unknown category {code}"), code=category)
            stmt = stmt.where(ProductRow.category_id == cat.id)
            scope = cat.code
        number = _next_number(s, StocktakeRow, "ST")
        take = StocktakeRow(number=number, scope=scope, status="open", created_at=utc_iso(at))
        for p in s.scalars(stmt):
            take.lines.append(StocktakeLineRow(product_id=p.id))
        s.add(take)
    return number


def _open_take(s: Session, number: str) -> StocktakeRow:
    take = s.scalar(select(StocktakeRow).where(StocktakeRow.number == number.strip().upper()))
    if take is None:
        raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "no stocktake {number}"), number=number)
    if take.status != "open":
        raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "stocktake {number} is already confirmed"), number=take.number)
    return take


def record_count(store: Store, number: str, sku: str, counted: str | Decimal | None) -> None:
    """Enter (or with ``None`` clear) the counted quantity of ``sku`` on an open stocktake."""
    with store.write() as s:
        take = _open_take(s, number)
        product = _product(s, sku)
        line = next((ln for ln in take.lines if ln.product_id == product.id), None)
        if line is None:
            raise InventoryError(QT_TRANSLATE_NOOP("DomainError", "{sku} is not on stocktake {number}"),
                                 sku=product.sku, number=take.number)
        if counted is None or str(counted).strip() == "":
            line.counted_milli = None
            return
        line.counted_milli = to_milli(_count_qty(str(counted), product.unit))


def confirm_stocktake(store: Store, number: str, clock: Clock) -> list[tuple[str, Decimal]]:
    """Post the differences of an open stocktake as ``count`` moves (counted − level at this
    moment) and close it; lines not counted change nothing.  Returns ``(sku, difference)``."""
    at = clock()
    diffs = []
    with store.write() as s:
        take = _open_take(s, number)
        counted = [ln for ln in take.lines if ln.counted_milli is not None]
        levels = stock_levels(s, [ln.product_id for ln in counted])
        for ln in counted:
            diff = from_milli(ln.counted_milli) - levels.get(ln.product_id, from_milli(0))
            if diff:
                add_move(s, ln.product_id, diff, "count", "stocktake", take.number, at)
                diffs.append((ln.product.sku, diff))
        take.status = "confirmed"
        take.confirmed_at = utc_iso(at)
        _event(s, "stocktake.confirmed", {"number": take.number, "scope": take.scope,
                                          "differences": [{"sku": k, "qty": str(v)} for k, v in diffs]}, at)
    return diffs


@dataclass(frozen=True)
class LedgerEntry:
    """One stock move of a product with the running level after it."""

    at: str  # local time, ISO
    qty: Decimal
    reason: str
    source: str
    note: str
    level: Decimal


def ledger(session: Session, sku: str) -> list[LedgerEntry]:
    """Every move of ``sku`` in order with the running level (the last one is the level)."""
    product = _product(session, sku)
    running = Decimal(0)
    out = []
    for m in session.scalars(select(StockMoveRow).where(StockMoveRow.product_id == product.id).order_by(StockMoveRow.id)):
        qty = qty_for_unit(m.qty_milli, product.unit)
        running += from_milli(m.qty_milli)
        out.append(LedgerEntry(local_time(m.created_at, m.utc_offset_min).isoformat(timespec="seconds"), qty, m.reason,
                               f"{m.source_type} {m.source_ref}", m.note, qty_for_unit(to_milli(running), product.unit)))
    return out


def stock_report(session: Session, sku: str | None = None, only: str | None = None) -> list[StockLine]:
    """Levels of every product (or one ``sku``); ``only="low"`` keeps those at or below their
    threshold, ``only="negative"`` those below zero (sold without stock — to check)."""
    stmt = select(ProductRow).order_by(ProductRow.sku)
    if sku:
        stmt = stmt.where(ProductRow.id == _product(session, sku).id)
    rows = list(session.scalars(stmt))
    levels = {pid: to_milli(qty) for pid, qty in stock_levels(session, [r.id for r in rows]).items()}
    return stock_lines(((r.id, r.sku, r.name_zh, r.unit, r.low_stock_milli) for r in rows), levels, only)


def set_low_stock_threshold(store: Store, sku: str, threshold: str | Decimal | None) -> None:
    """Set (or clear with ``None``) the level at which ``sku`` is listed as low."""
    with store.write() as s:
        product = _product(s, sku)
        if threshold is None or str(threshold).strip() == "":
            product.low_stock_milli = None
        else:
            product.low_stock_milli = to_milli(_count_qty(str(threshold), product.unit))
