"""Back-office services: editing the catalogue (products, cooperatives) and reading
stocktakes' count sheets.  The back-office window calls these; they hold the rules
(names in three scripts, a sold product is never deleted, a price change never touches a
completed sale)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import (CategoryRow, CooperativeRow, ProductRow, SaleLineRow, SaleRow, StockMoveRow,
                                   StockReceiptLineRow, StocktakeLineRow, StocktakeRow)
from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock, system_clock, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, UNITS, DomainError, parse_quantity
from yarlung_pos.domain.scan import SKU_PATTERN, is_valid_gtin
from yarlung_pos.services.catalogue import search_key
from yarlung_pos.services.stock import qty_for_unit, stock_levels, to_milli

MAX_PRICE_FEN = 100_000_000  # ￥1,000,000, as the catalogue import
_CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")




class BackOfficeError(DomainError):
    """A back-office request that is refused before it reaches a service (no open count,
    counts still marked bad, nothing previewed …)."""


class CatalogueEditError(DomainError):
    """A product or cooperative change that is refused (missing name, duplicate SKU, a sold
    product deleted …); nothing was changed."""


@dataclass
class ProductValues:
    """A product as the catalogue editor shows and saves it.  ``price_fen`` in fen;
    ``low_stock`` the low-stock threshold as typed (``""``: none)."""

    sku: str
    name_bo: str
    name_zh: str
    name_en: str
    category: str  # code
    cooperative: str  # code
    unit: str
    price_fen: int
    active: bool = True
    barcode: str = ""
    low_stock: str = ""


@dataclass
class CooperativeValues:
    """A cooperative as the catalogue editor shows and saves it (commission in basis points)."""

    code: str
    name_bo: str
    name_zh: str
    name_en: str
    town_bo: str = ""
    town_zh: str = ""
    town_en: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    payout_details: str = ""
    commission_bp: int = 0


def _has_tibetan(text: str) -> bool:
    return any(0x0F00 <= ord(ch) <= 0x0FFF for ch in text)


def _has_han(text: str) -> bool:
    return any(0x3400 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF or 0x20000 <= ord(ch) <= 0x3134F
               for ch in text)


def check_names(name_bo: str, name_zh: str, name_en: str) -> None:
    """Every entry needs a Tibetan name (with Tibetan letters), a Chinese name (with Chinese
    characters) and an English name.  Raises :class:`CatalogueEditError`."""
    if not name_bo.strip():
        raise CatalogueEditError(QT_TRANSLATE_NOOP(
            "DomainError", "the Tibetan name is missing (every entry needs Tibetan, Chinese and English names)"))
    if not _has_tibetan(name_bo):
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the Tibetan name has no Tibetan letters: {text}"),
                                 text=name_bo.strip()[:60])
    if not name_zh.strip():
        raise CatalogueEditError(QT_TRANSLATE_NOOP(
            "DomainError", "the Chinese name is missing (every entry needs Tibetan, Chinese and English names)"))
    if not _has_han(name_zh):
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the Chinese name has no Chinese characters: {text}"),
                                 text=name_zh.strip()[:60])
    if not name_en.strip():
        raise CatalogueEditError(QT_TRANSLATE_NOOP(
            "DomainError", "the English name is missing (every entry needs Tibetan, Chinese and English names)"))
    if max(len(name_bo.strip()), len(name_zh.strip()), len(name_en.strip())) > 200:
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "a name is longer than 200 characters"))


def parse_percent_bp(text: str) -> int:
    """A commission typed in percent (``"12.5"``, ``"12.5 %"``) as basis points (1250);
    0–100 with at most two decimals.  Raises :class:`CatalogueEditError`."""
    cleaned = text.strip().replace("%", "").replace("％", "").replace(",", ".").strip() or "0"
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or not cleaned.replace(".", "", 1).isdigit():
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the commission must be a percentage, not {text}"),
                                 text=text.strip()[:20])
    if value > 100:
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the commission cannot be above 100 %: {text}"),
                                 text=text.strip()[:20])
    bp = value * 100
    if bp != bp.to_integral_value():
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "at most two decimals in a percentage: {text}"),
                                 text=text.strip()[:20])
    return int(bp)


def _threshold_milli(text: str, unit: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if text.replace(",", ".").strip("0.") == "":
        return 0
    return to_milli(parse_quantity(text, unit))


def product_values(session: Session) -> list[ProductValues]:
    """Every product (active or not) by SKU, as the editor shows it."""
    out = []
    for r in session.scalars(select(ProductRow).order_by(ProductRow.sku)):
        low = "" if r.low_stock_milli is None else format(qty_for_unit(r.low_stock_milli, r.unit), "f")
        out.append(ProductValues(r.sku, r.name_bo, r.name_zh, r.name_en, r.category.code, r.cooperative.code, r.unit,
                                 r.price_fen, bool(r.active), r.barcode or "", low))
    return out


def cooperative_values(session: Session) -> list[CooperativeValues]:
    """Every cooperative by code, with contact, payout details and commission."""
    return [CooperativeValues(r.code, r.name_bo, r.name_zh, r.name_en, r.town_bo or "", r.town_zh or "",
                              r.town_en or "", r.contact_name or "", r.contact_phone or "", r.payout_details or "",
                              r.commission_bp or 0)
            for r in session.scalars(select(CooperativeRow).order_by(CooperativeRow.code))]


def save_product(store: Store, values: ProductValues, new: bool, clock: Clock = system_clock) -> str:
    """Add (``new``) or change a product in one transaction; returns its SKU.

    Names in all three scripts are required; the price must be above zero; the barcode, if
    any, a valid EAN-13/EAN-8/UPC-A not used by another product.  The unit of a product with
    stock moves or sales cannot change.  Sale lines keep their own price snapshot, so a new
    price applies to new sales only.  Raises :class:`CatalogueEditError` (or
    ``InvalidQuantity`` for a bad threshold); nothing is changed then."""
    sku = values.sku.strip().upper()
    check_names(values.name_bo, values.name_zh, values.name_en)
    if not 0 < values.price_fen <= MAX_PRICE_FEN:
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the price must be above zero and at most ￥1,000,000"))
    unit = values.unit.strip().lower()
    if unit not in UNITS:
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown unit {unit}"), unit=values.unit)
    barcode = values.barcode.strip() or None
    if barcode is not None:
        if not is_valid_gtin(barcode):
            raise CatalogueEditError(QT_TRANSLATE_NOOP(
                "DomainError", "not a valid EAN-13/EAN-8/UPC-A barcode (check digit): {code}"), code=barcode[:40])
        barcode = "0" + barcode if len(barcode) == 12 else barcode
    with store.write() as s:
        row = s.scalar(select(ProductRow).where(ProductRow.sku == sku))
        if new:
            if not SKU_PATTERN.match(sku):
                raise CatalogueEditError(QT_TRANSLATE_NOOP(
                    "DomainError", "an SKU is 1–64 letters, digits, '.', '-' or '_': {sku}"), sku=values.sku.strip()[:64])
            if row is not None:
                raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "there is already a product {sku}"), sku=sku)
        elif row is None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown SKU {sku}"), sku=sku)
        cat_id = s.scalar(select(CategoryRow.id).where(CategoryRow.code == values.category))
        if cat_id is None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown category {code}"), code=values.category)
        coop_id = s.scalar(select(CooperativeRow.id).where(CooperativeRow.code == values.cooperative))
        if coop_id is None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown cooperative {code}"),
                                     code=values.cooperative)
        if barcode is not None:
            owner = s.scalar(select(ProductRow.sku).where(ProductRow.barcode == barcode, ProductRow.sku != sku))
            if owner is not None:
                raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "barcode {code} already belongs to {sku}"),
                                         code=barcode, sku=owner)
        if row is not None and row.unit != unit and _has_history(s, row.id):
            raise CatalogueEditError(QT_TRANSLATE_NOOP(
                "DomainError", "the unit of {sku} cannot change: it has stock moves or sales (make a new product)"),
                sku=sku)
        low = _threshold_milli(values.low_stock, unit)
        now = utc_iso(clock())
        if row is None:
            row = ProductRow(sku=sku, updated_at=now)
            s.add(row)
        changes = dict(barcode=barcode, name_bo=values.name_bo.strip(), name_zh=values.name_zh.strip(),
                       name_en=values.name_en.strip(), category_id=cat_id, cooperative_id=coop_id, unit=unit,
                       price_fen=values.price_fen, active=bool(values.active), low_stock_milli=low)
        changes["search_text"] = search_key(changes["name_bo"], changes["name_zh"], changes["name_en"], sku, barcode)
        if new or any(getattr(row, k) != v for k, v in changes.items()):
            for k, v in changes.items():
                setattr(row, k, v)
            row.updated_at = now
    return sku


def _has_history(s: Session, product_id: int) -> bool:
    """True when the product was sold or has stock moves, receipts or stocktake lines."""
    return any(s.scalar(select(exists().where(col == product_id))) for col in (
        SaleLineRow.product_id, StockMoveRow.product_id, StockReceiptLineRow.product_id, StocktakeLineRow.product_id))


def delete_product(store: Store, sku: str) -> None:
    """Delete a product that was never sold and has no stock history.  A sold product is
    never deleted (its sales, settlements and ledger name it): untick "active" instead.
    Raises :class:`CatalogueEditError`."""
    sku = sku.strip().upper()
    with store.write() as s:
        row = s.scalar(select(ProductRow).where(ProductRow.sku == sku))
        if row is None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown SKU {sku}"), sku=sku)
        if s.scalar(select(exists().where(SaleLineRow.product_id == row.id))):
            raise CatalogueEditError(QT_TRANSLATE_NOOP(
                "DomainError", "{sku} was sold and cannot be deleted — untick “Active” to stop selling it"), sku=sku)
        if _has_history(s, row.id):
            raise CatalogueEditError(QT_TRANSLATE_NOOP(
                "DomainError", "{sku} has stock history and cannot be deleted — untick “Active” instead"), sku=sku)
        s.delete(row)


def save_cooperative(store: Store, values: CooperativeValues, new: bool) -> str:
    """Add (``new``) or change a cooperative; returns its code.  Names in all three scripts
    are required (a Tibetan town, if given, must be Tibetan).  Sale lines and saved
    settlements keep their own figures; a new commission applies to settlements made from
    now on.  Raises :class:`CatalogueEditError`."""
    code = values.code.strip().upper()
    check_names(values.name_bo, values.name_zh, values.name_en)
    if values.town_bo.strip() and not _has_tibetan(values.town_bo):
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the Tibetan town has no Tibetan letters: {text}"),
                                 text=values.town_bo.strip()[:60])
    if not 0 <= values.commission_bp <= 10000:
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the commission must be 0–100 %"))
    with store.write() as s:
        row = s.scalar(select(CooperativeRow).where(CooperativeRow.code == code))
        if new:
            if not code or len(code) > 32 or not set(code) <= _CODE_CHARS:
                raise CatalogueEditError(QT_TRANSLATE_NOOP(
                    "DomainError", "a code is 1–32 letters, digits, '-' or '_': {code}"), code=values.code.strip()[:32])
            if row is not None:
                raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "there is already a cooperative {code}"),
                                         code=code)
            row = CooperativeRow(code=code)
            s.add(row)
        elif row is None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown cooperative {code}"), code=code)
        for f in fields(CooperativeValues):
            if f.name != "code":
                value = getattr(values, f.name)
                setattr(row, f.name, value.strip() if isinstance(value, str) else value)
    return code


def save_category(store: Store, code: str, name_bo: str, name_zh: str, name_en: str, sort_order: int = 0) -> str:
    """Add or change a category (matched by code); returns its code.  Names in all three
    scripts are required.  Raises :class:`CatalogueEditError`."""
    code = code.strip().upper()
    if not code or len(code) > 32 or not set(code) <= _CODE_CHARS:
        raise CatalogueEditError(QT_TRANSLATE_NOOP(
            "DomainError", "a code is 1–32 letters, digits, '-' or '_': {code}"), code=code[:32])
    check_names(name_bo, name_zh, name_en)
    with store.write() as s:
        row = s.scalar(select(CategoryRow).where(CategoryRow.code == code))
        if row is None:
            row = CategoryRow(code=code)
            s.add(row)
        row.name_bo, row.name_zh, row.name_en = name_bo.strip(), name_zh.strip(), name_en.strip()
        row.sort_order = int(sort_order)
    return code


# ====================================================================== read helpers


def product_names(session: Session) -> dict[str, tuple[str, str, str]]:
    """SKU → (Tibetan, Chinese, English) name of every product."""
    return {sku: (bo, zh, en) for sku, bo, zh, en in
            session.execute(select(ProductRow.sku, ProductRow.name_bo, ProductRow.name_zh, ProductRow.name_en))}


def sale_numbers(session: Session, uuids: list[str]) -> dict[str, str]:
    """Sale/refund UUID → its number (``T01-000012``)."""
    if not uuids:
        return {}
    return dict(session.execute(select(SaleRow.uuid, SaleRow.number).where(SaleRow.uuid.in_(uuids))).all())


@dataclass(frozen=True)
class CountLine:
    """A product on a stocktake: level now (``expected``) and the count entered so far."""

    sku: str
    name_bo: str
    name_zh: str
    unit: str
    expected: Decimal
    counted: Decimal | None


@dataclass(frozen=True)
class CountSheet:
    """A stocktake with its lines (``status``: ``open`` or ``confirmed``)."""

    number: str
    scope: str
    status: str
    lines: list[CountLine]


def count_sheet(session: Session, number: str) -> CountSheet:
    """The lines of stocktake ``number`` with current levels; raises ``LookupError``."""
    take = session.scalar(select(StocktakeRow).where(StocktakeRow.number == number))
    if take is None:
        raise LookupError(number)
    levels = stock_levels(session, [ln.product_id for ln in take.lines])
    lines = [CountLine(ln.product.sku, ln.product.name_bo, ln.product.name_zh, ln.product.unit,
                       qty_for_unit(to_milli(levels.get(ln.product_id, Decimal(0))), ln.product.unit),
                       None if ln.counted_milli is None else qty_for_unit(ln.counted_milli, ln.product.unit))
             for ln in sorted(take.lines, key=lambda ln: ln.product.sku)]
    return CountSheet(take.number, take.scope, take.status, lines)


def latest_open_stocktake(session: Session) -> str | None:
    """The number of the newest stocktake still open, if any."""
    return session.scalar(select(StocktakeRow.number).where(StocktakeRow.status == "open")
                          .order_by(StocktakeRow.id.desc()).limit(1))


