"""Catalogue use cases: find a product by scan or search, list categories and their products.

:func:`search_products` ranks exact SKU/barcode matches first, then prefix matches, then
matches anywhere in a name (any of the three scripts), SKU or barcode, in SQL.  The till's
search as you type (also pinyin and Wylie) is :mod:`yarlung_pos.services.search`.
"""

from __future__ import annotations

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow
from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, Category, Cooperative, Product, UnknownCode
from yarlung_pos.domain.scan import parse_scan


def to_product(row: ProductRow) -> Product:
    """Map a ``products`` row to the domain :class:`Product`."""
    return Product(id=row.id, sku=row.sku, name_bo=row.name_bo, name_zh=row.name_zh,
                   name_en=row.name_en, category=row.category.code,
                   cooperative=row.cooperative.code, unit=row.unit, price_fen=row.price_fen,
                   barcode=row.barcode, active=row.active)


def search_key(name_bo: str, name_zh: str, name_en: str, sku: str, barcode: str | None) -> str:
    """The lower-cased text searched as you type (stored in ``products.search_text``)."""
    return "\x1f".join([sku, barcode or "", name_en, name_zh, name_bo]).casefold()


def lookup_code(session: Session, text: str) -> Product:
    """The active product a scan names: a label URL (``…/p/<SKU>``), an EAN-13/UPC-A/EAN-8
    barcode, or an SKU (case-insensitive); a numeric SKU is found too.  Raises
    :class:`UnknownCode` if there is none, saying when the product exists but is inactive
    or when the code is a misread barcode (wrong check digit)."""
    code = parse_scan(text)
    if code.kind == "sku":
        row = session.scalar(select(ProductRow).where(ProductRow.sku == code.value))
    else:
        row = session.scalar(select(ProductRow).where(ProductRow.barcode == code.value))
        if row is None:
            row = session.scalar(select(ProductRow).where(ProductRow.sku == code.value.upper()))
    if row is None:
        if not code.check_digit_ok:
            raise UnknownCode(QT_TRANSLATE_NOOP("DomainError", "barcode {code} has a wrong check digit — scan it again"),
                              code=code.value)
        raise UnknownCode(QT_TRANSLATE_NOOP("DomainError", "no product with code {code}"), code=text.strip()[:80])
    if not row.active:
        raise UnknownCode(QT_TRANSLATE_NOOP("DomainError", "{sku} ({name}) is not sold any more"),
                          sku=row.sku, name=row.name_zh)
    return to_product(row)


def search_products(session: Session, text: str, limit: int = 20) -> list[Product]:
    """Active products matching ``text`` in any name, SKU or barcode; best first.

    Ranking: exact SKU/barcode, then names/SKU starting with the text, then anywhere; ties by
    SKU.  Returns at most ``limit`` products; empty text gives an empty list."""
    needle = text.strip().casefold()
    if not needle:
        return []
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    contains = ProductRow.search_text.like(f"%{escaped}%", escape="\\")
    upper = needle.upper()
    prefix = or_(*(func.lower(col).like(f"{escaped}%", escape="\\") for col in
                   (ProductRow.sku, ProductRow.name_en, ProductRow.name_zh, ProductRow.name_bo)))
    rank = case((or_(ProductRow.sku == upper, ProductRow.barcode == needle), 0),
                (prefix, 1), else_=2)
    stmt = (select(ProductRow).where(ProductRow.active.is_(True), contains)
            .order_by(rank, ProductRow.sku).limit(limit))
    return [to_product(r) for r in session.scalars(stmt)]


def list_categories(session: Session) -> list[Category]:
    """All categories in display order."""
    rows = session.scalars(select(CategoryRow).order_by(CategoryRow.sort_order, CategoryRow.code))
    return [Category(r.code, r.name_bo, r.name_zh, r.name_en, r.sort_order) for r in rows]


def list_cooperatives(session: Session) -> list[Cooperative]:
    """All cooperatives by code."""
    rows = session.scalars(select(CooperativeRow).order_by(CooperativeRow.code))
    return [Cooperative(r.code, r.name_bo, r.name_zh, r.name_en, r.town_bo, r.town_zh, r.town_en)
            for r in rows]


def products_in_category(session: Session, category_code: str, limit: int | None = None) -> list[Product]:
    """Active products of a category, by SKU (for the touch grid); at most ``limit``."""
    stmt = (select(ProductRow).join(ProductRow.category)
            .where(CategoryRow.code == category_code, ProductRow.active.is_(True))
            .order_by(ProductRow.sku).limit(limit))
    return [to_product(r) for r in session.scalars(stmt)]


def catalogue_version(session: Session) -> tuple[int, str]:
    """A value that changes whenever products are added or changed: ``(count, newest
    updated_at)``.  Screens holding product lists and the search index compare it to know when
    to reload; two separate subqueries, so SQLite answers from the indexes without reading the
    table (a keystroke's worth of time even with 100,000 products)."""
    count = select(func.count()).select_from(ProductRow).scalar_subquery()
    newest = select(func.max(ProductRow.updated_at)).scalar_subquery()
    count, newest = session.execute(select(count, newest)).one()
    return int(count), newest or ""
