"""Back-office services: editing the catalogue (products, categories, cooperatives) and reading
stocktakes' count sheets.  The back-office window calls these; they hold the rules (every
field by the catalogue rulebook :mod:`yarlung_pos.domain.catalogue_rules`, as the CSV import
and the county server judge it; a sold product is never deleted, a price change never touches
a completed sale)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import (CategoryRow, CooperativeRow, ProductRow, SaleLineRow, SaleRow, StockMoveRow,
                                   StockReceiptLineRow, StocktakeLineRow, StocktakeRow)
from yarlung_pos.db.store import Store
from yarlung_pos.domain import catalogue_rules as rules
from yarlung_pos.domain.catalogue_rules import CatalogueRuleError
from yarlung_pos.domain.clock import Clock, system_clock, utc_iso
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError, parse_quantity
from yarlung_pos.services.catalogue import search_key
from yarlung_pos.services.stock import qty_for_unit, stock_levels, to_milli

MAX_PRICE_FEN = rules.MAX_PRICE_FEN  # ￥1,000,000, as the catalogue import


class BackOfficeError(DomainError):
    """A back-office request that is refused before it reaches a service (no open count,
    counts still marked bad, nothing previewed …)."""


class CatalogueEditError(CatalogueRuleError):
    """A product, category or cooperative change that is refused (a field the rulebook refuses,
    a duplicate SKU, a sold product deleted …); nothing was changed.  ``field`` names the field
    at fault (``""`` when none does); built like every :class:`DomainError`,
    ``CatalogueEditError(template, **params)``."""

    def __init__(self, template: str, *, field: str = "", **params):
        super().__init__(field, template, **params)

    @classmethod
    def of(cls, error: CatalogueRuleError) -> "CatalogueEditError":
        """The rulebook's ``error`` as an edit error: same field, template and parameters, so
        the same reason in every language."""
        return cls(error.template, field=error.field, **error.params)


def _accepted(review: rules.Review):
    """The record of ``review``; raises its first error as a :class:`CatalogueEditError`."""
    if review.errors:
        raise CatalogueEditError.of(review.errors[0])
    return review.record


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


def check_names(name_bo: str, name_zh: str, name_en: str) -> None:
    """Every entry needs a Tibetan, a Chinese and an English name, each by the rulebook's
    rules for its script (:func:`yarlung_pos.domain.catalogue_rules.check_name`).  Raises
    :class:`CatalogueEditError` for the first refused name."""
    for field, value in zip(rules.NAME_FIELDS, (name_bo, name_zh, name_en)):
        try:
            rules.check_name(field, value)
        except CatalogueRuleError as exc:
            raise CatalogueEditError.of(exc) from None


def parse_percent_bp(text: str) -> int:
    """A commission typed in percent (``"12.5"``, ``"12.5 %"``) as basis points (1250);
    0–100 with at most two decimals; digits 0–9 (or their full-width forms) only, as every
    number of the catalogue rulebook.  Raises :class:`CatalogueEditError`."""
    cleaned = rules.ascii_form(text).replace("%", "").replace(",", ".").strip() or "0"
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or not (cleaned.isascii() and cleaned.replace(".", "", 1).isdigit()):
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the commission must be a percentage, not {text}"),
                                 field="commission_bp", text=text.strip()[:20])
    if value > 100:
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the commission cannot be above 100 %: {text}"),
                                 field="commission_bp", text=text.strip()[:20])
    bp = value * 100
    if bp != bp.to_integral_value():
        raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "at most two decimals in a percentage: {text}"),
                                 field="commission_bp", text=text.strip()[:20])
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


def _product_fields(values: ProductValues, sku: str) -> dict[str, object]:
    return {"sku": sku, "barcode": values.barcode, "name_bo": values.name_bo, "name_zh": values.name_zh,
            "name_en": values.name_en, "category": values.category, "cooperative": values.cooperative,
            "unit": values.unit, "price_fen": values.price_fen, "active": values.active}


def save_product(store: Store, values: ProductValues, new: bool, clock: Clock = system_clock) -> str:
    """Add (``new``) or change a product in one transaction; returns its SKU.

    Every field is judged by the catalogue rulebook
    (:func:`yarlung_pos.domain.catalogue_rules.review_product`: names in all three scripts,
    price in fen (``int``, or text of digits) above zero, the barcode empty or a valid
    EAN-13/EAN-8/UPC-A, category and cooperative codes that exist); the barcode may not belong
    to another product.  The unit of a product with stock moves or sales cannot change.  Sale
    lines keep their own price snapshot, so a new price applies to new sales only.  Raises
    :class:`CatalogueEditError` (the first refused field, as the CSV import words it) or
    ``InvalidQuantity`` for a bad threshold; nothing is changed then."""
    typed_sku = values.sku if isinstance(values.sku, str) else ""
    with store.write() as s:
        row = s.scalar(select(ProductRow).where(ProductRow.sku == rules.normal_code(typed_sku)))
        if not new and row is None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown SKU {sku}"), field="sku",
                                     sku=rules.normal_code(typed_sku))
        categories = set(s.scalars(select(CategoryRow.code)))
        cooperatives = set(s.scalars(select(CooperativeRow.code)))
        # an edit names the product it changes: its stored SKU is not judged again
        fields = _product_fields(values, values.sku if new else row.sku)
        rec = _accepted(rules.review_product(fields, categories, cooperatives))
        sku = rec.sku
        if new and row is not None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "there is already a product {sku}"),
                                     field="sku", sku=sku)
        if rec.barcode is not None:
            owner = s.scalar(select(ProductRow.sku).where(ProductRow.barcode == rec.barcode, ProductRow.sku != sku))
            if owner is not None:
                raise CatalogueEditError.of(rules.barcode_taken(rec.barcode, owner))
        if row is not None and row.unit != rec.unit and _has_history(s, row.id):
            raise CatalogueEditError(QT_TRANSLATE_NOOP(
                "DomainError", "the unit of {sku} cannot change: it has stock moves or sales (make a new product)"),
                field="unit", sku=sku)
        low = _threshold_milli(values.low_stock, rec.unit)
        cat_id = s.scalar(select(CategoryRow.id).where(CategoryRow.code == rec.category))
        coop_id = s.scalar(select(CooperativeRow.id).where(CooperativeRow.code == rec.cooperative))
        now = utc_iso(clock())
        if row is None:
            row = ProductRow(sku=sku, updated_at=now)
            s.add(row)
        changes = dict(barcode=rec.barcode, name_bo=rec.name_bo, name_zh=rec.name_zh, name_en=rec.name_en,
                       category_id=cat_id, cooperative_id=coop_id, unit=rec.unit, price_fen=rec.price_fen, active=rec.active, low_stock_milli=low)
        changes["search_text"] = search_key(rec.name_bo, rec.name_zh, rec.name_en, sku, rec.barcode)
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


def _cooperative_fields(values: CooperativeValues) -> dict[str, object]:
    return {f: getattr(values, f) for f in rules.COOPERATIVE_FIELDS}


def save_cooperative(store: Store, values: CooperativeValues, new: bool) -> str:
    """Add (``new``) or change a cooperative; returns its code.  Code, names and towns are
    judged by the catalogue rulebook
    (:func:`yarlung_pos.domain.catalogue_rules.review_cooperative`: names in all three scripts,
    each town empty or in its script).  Sale lines and saved settlements keep their own
    figures; a new commission applies to settlements made from now on.  Raises
    :class:`CatalogueEditError`."""
    typed_code = values.code if isinstance(values.code, str) else ""
    with store.write() as s:
        row = s.scalar(select(CooperativeRow).where(CooperativeRow.code == rules.normal_code(typed_code)))
        if not new and row is None:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "unknown cooperative {code}"), field="code",
                                     code=rules.normal_code(typed_code))
        fields = _cooperative_fields(values)
        if not new:  # an edit names the cooperative it changes: its stored code is not judged again
            fields["code"] = row.code
        rec = _accepted(rules.review_cooperative(fields))
        if not 0 <= values.commission_bp <= 10000:
            raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "the commission must be 0–100 %"),
                                     field="commission_bp")
        if new:
            if row is not None:
                raise CatalogueEditError(QT_TRANSLATE_NOOP("DomainError", "there is already a cooperative {code}"),
                                         field="code", code=rec.code)
            row = CooperativeRow(code=rec.code)
            s.add(row)
        for name, value in asdict(rec).items():
            if name != "code":
                setattr(row, name, value)
        for name in ("contact_name", "contact_phone", "payout_details", "commission_bp"):
            value = getattr(values, name)
            setattr(row, name, value.strip() if isinstance(value, str) else value)
    return rec.code


def save_category(store: Store, code: str, name_bo: str, name_zh: str, name_en: str,
                  sort_order: int | str = 0) -> str:
    """Add or change a category (matched by code); returns its code.  Code, names and sort
    order (an ``int``, or text of a whole number; empty is 0) are judged by the catalogue
    rulebook (:func:`yarlung_pos.domain.catalogue_rules.review_category`).  Raises
    :class:`CatalogueEditError`."""
    rec = _accepted(rules.review_category({"code": code, "name_bo": name_bo, "name_zh": name_zh,
                                           "name_en": name_en, "sort_order": sort_order}))
    with store.write() as s:
        row = s.scalar(select(CategoryRow).where(CategoryRow.code == rec.code))
        if row is None:
            row = CategoryRow(code=rec.code)
            s.add(row)
        row.name_bo, row.name_zh, row.name_en = rec.name_bo, rec.name_zh, rec.name_en
        row.sort_order = rec.sort_order
    return rec.code


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


