"""Label use cases: which products get labels, and making the PDF (the UI and CLI share it)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.config import Settings
from yarlung_pos.db.schema import CategoryRow, ProductRow
from yarlung_pos.db.store import Store
from yarlung_pos.printing.labels import LabelError, LabelProduct, LabelRun, render_labels_pdf


def to_label_product(row: ProductRow) -> LabelProduct:
    """What a label shows of a ``products`` row."""
    c = row.cooperative
    return LabelProduct(row.sku, row.name_bo, row.name_zh, row.name_en, row.price_fen, row.unit,
                        c.name_bo, c.name_zh, c.name_en, row.barcode)


def parse_sku_copies(text: str) -> tuple[str, int]:
    """``"WINE-001:3"`` → ``("WINE-001", 3)``; ``"WINE-001"`` → 1 copy.  Raises
    :class:`LabelError` for a count that is not a whole number ≥ 1."""
    sku, _, count = text.strip().partition(":")
    if not sku:
        raise LabelError(f"no SKU in {text!r}")
    if not count:
        return sku.upper(), 1
    if not count.isdigit() or int(count) < 1:
        raise LabelError(f"copies for {sku.upper()} must be a whole number of at least 1, not {count!r}")
    return sku.upper(), int(count)


def resolve_label_items(session: Session, requests: list[tuple[str, int]], category: str | None = None,
                        category_copies: int = 1) -> list[tuple[LabelProduct, int]]:
    """Products and copies for a label run: each ``(SKU, copies)`` asked for, then every active
    product of ``category``.  Raises :class:`LabelError` naming an unknown SKU or category."""
    items: list[tuple[LabelProduct, int]] = []
    for sku, copies in requests:
        row = session.scalar(select(ProductRow).where(ProductRow.sku == sku.upper()))
        if row is None:
            raise LabelError(f"unknown SKU {sku!r}")
        items.append((to_label_product(row), copies))
    if category:
        code = category.upper()
        if session.scalar(select(CategoryRow.id).where(CategoryRow.code == code)) is None:
            raise LabelError(f"unknown category {category!r}")
        rows = session.scalars(select(ProductRow).join(ProductRow.category)
                               .where(CategoryRow.code == code, ProductRow.active.is_(True))
                               .order_by(ProductRow.sku))
        items += [(to_label_product(r), category_copies) for r in rows]
    return items


def make_labels(store: Store, items: list[tuple[LabelProduct, int]], template: str, output: Path,
                settings: Settings, languages: tuple[str, ...] | None = None, start: int = 1) -> LabelRun:
    """Write the labels PDF with the settings' base URL, languages and the template's
    calibration offset.  Raises :class:`LabelError`."""
    return render_labels_pdf(items, template, output, settings.label_url_base,
                             languages or settings.label_languages, start,
                             settings.label_offsets.get(template, (0.0, 0.0)))
