"""The catalogue on the county server: CSV import, price changes and the terminals' pull.

Catalogue rows carry the number of the change that last wrote them; change numbers are handed
out while catalogue writers are serialised (:func:`~yarlung_pos.server.database.lock_catalogue`),
so they grow in commit order and a cursor never skips a row (PROTOCOL.md, "Cursor").

The import takes the till's CSV format.  Every value is judged in :func:`_check_parties` and
:func:`_check_products` before anything is written, by the catalogue rulebook
(:mod:`yarlung_pos.domain.catalogue_rules`, through the till's row checks in
:mod:`yarlung_pos.services.catalogue_csv`): the same verdict and reason as the till's CSV import
and back-office editor.  :func:`set_price` judges the price by the same rule.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.domain import catalogue_rules as rules
from yarlung_pos.server.common import Clock, NotFound, ServiceError, iso, now
from yarlung_pos.server.database import Database, lock_catalogue
from yarlung_pos.server.schema import CatalogueChangeRow, CategoryRow, CooperativeRow, ProductRow
from yarlung_pos.services import catalogue_csv as cc


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did: its path, its kind (``products``, ``categories`` or
    ``cooperatives``) and how many rows were added and updated."""

    file: str
    kind: str
    added: int
    updated: int


_KIND_ORDER = {"categories": 0, "cooperatives": 1, "products": 2}


def _begin_change(s: Session, source: str, clock: Clock) -> CatalogueChangeRow:
    """Serialise catalogue writers, then take the next change number (see PROTOCOL.md)."""
    lock_catalogue(s)
    number = (s.scalar(select(func.max(CatalogueChangeRow.id))) or 0) + 1
    change = CatalogueChangeRow(id=number, at=iso(clock()), source=source[:500], rows=0)
    s.add(change)
    s.flush()
    return change


def _end_change(s: Session, change: CatalogueChangeRow, rows: int) -> None:
    if rows:
        change.rows = rows
    else:
        s.delete(change)  # nothing changed: no new cursor


def import_catalogue(db: Database, paths: list[Path | str], kind: str | None = None, *,
                     clock: Clock = now) -> list[ImportResult]:
    """Import catalogue CSV files (the till's format, see services/catalogue_csv.py) in ONE
    transaction, categories before cooperatives before products; ``kind`` forces the kind of
    every file (else told by its header).  ``clock`` stamps the catalogue change.  Raises
    :class:`yarlung_pos.services.catalogue_csv.CatalogueImportError` naming every bad row
    (nothing changed)."""
    files = sorted((cc.read_catalogue(path, kind) for path in paths), key=lambda f: _KIND_ORDER[f.kind])
    results = []
    with db.write() as s:
        change = _begin_change(s, "import " + ", ".join(f.path.name for f in files), clock)
        for f in files:
            if f.kind == "products":
                clean, existing = _check_products(s, f)
                added, updated = _write_products(s, clean, existing, change.id)
            else:
                added, updated = _write_parties(s, f.kind, _check_parties(f), change.id)
            results.append(ImportResult(str(f.path), f.kind, added, updated))
            s.flush()
        _end_change(s, change, sum(r.added + r.updated for r in results))
    return results


# ---------------------------------------------------------------- the catalogue rules

def _check_parties(f: cc.CatalogueFile) -> list[dict]:
    """The rows of a categories or cooperatives file ``f`` as column values, every value judged
    by the rulebook (:func:`~yarlung_pos.services.catalogue_csv.check_party_rows`).  Raises
    :class:`~yarlung_pos.services.catalogue_csv.CatalogueImportError` naming every bad row."""
    errors = list(f.errors)
    clean = [asdict(r) for r in cc.check_party_rows(f.kind, f.rows, errors)]
    cc.raise_if_errors(f.path, errors)
    return clean


def _check_products(s: Session, f: cc.CatalogueFile) -> tuple[list[dict], dict[str, ProductRow]]:
    """The rows of a products file ``f`` as column values, every value judged by the rulebook
    and against the catalogue (categories and cooperatives exist, a barcode belongs to one
    product: :func:`~yarlung_pos.services.catalogue_csv.check_product_rows`); and the stored
    products by SKU.  Raises :class:`~yarlung_pos.services.catalogue_csv.CatalogueImportError`
    naming every bad row."""
    s.flush()
    categories = set(s.scalars(select(CategoryRow.code)))
    cooperatives = set(s.scalars(select(CooperativeRow.code)))
    existing = {r.sku: r for r in s.scalars(select(ProductRow))}
    barcode_owner = {r.barcode: r.sku for r in existing.values() if r.barcode}
    errors = list(f.errors)
    clean = [asdict(r) for r in cc.check_product_rows(f.rows, categories, cooperatives, barcode_owner, errors)]
    cc.raise_if_errors(f.path, errors)
    return clean, existing


# ---------------------------------------------------------------- writing checked rows

def _write_parties(s: Session, kind: str, clean: list[dict], change_id: int) -> tuple[int, int]:
    """Add or update checked categories or cooperatives (``kind``), matched by code; rows that
    change get ``change_id``.  Returns ``(added, updated)``."""
    model = CategoryRow if kind == "categories" else CooperativeRow
    existing = {r.code: r for r in s.scalars(select(model))}
    added = updated = 0
    for values in clean:
        row = existing.get(values["code"])
        if row is None:
            s.add(model(change_id=change_id, **values))
            added += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(row, k, v)
            row.change_id = change_id
            updated += 1
    return added, updated


def _write_products(s: Session, clean: list[dict], existing: dict[str, ProductRow],
                    change_id: int) -> tuple[int, int]:
    """Add or update checked products, matched by SKU (``existing``: the stored ones); rows that
    change get ``change_id``.  Returns ``(added, updated)``."""
    for v in clean:  # free barcodes that move between products before assigning them
        row = existing.get(v["sku"])
        if row is not None and row.barcode != v["barcode"] and row.barcode is not None:
            row.barcode = None
            row.change_id = change_id
    s.flush()
    added = updated = 0
    for v in clean:
        row = existing.get(v["sku"])
        if row is None:
            s.add(ProductRow(change_id=change_id, **v))
            added += 1
        elif row.change_id == change_id or any(getattr(row, k) != val for k, val in v.items()):
            for k, val in v.items():
                setattr(row, k, val)
            row.change_id = change_id
            updated += 1
    return added, updated


# ---------------------------------------------------------------- prices and the pull

def set_price(db: Database, sku: str, price_fen: int, *, clock: Clock = now) -> dict:
    """Change a product's price (a new catalogue change that terminals pull):
    ``{"sku", "old_price_fen", "price_fen", "cursor"}`` (``cursor`` ``None`` when the price was
    already that).  The price is judged by the catalogue rulebook
    (:func:`~yarlung_pos.domain.catalogue_rules.check_price_fen`: 1 fen … ￥1,000,000); raises
    :class:`ServiceError` with its reason, :class:`NotFound` for an unknown SKU."""
    sku = rules.normal_code(sku)
    try:
        price_fen = rules.check_price_fen(price_fen)
    except rules.CatalogueRuleError as exc:
        raise ServiceError(str(exc)) from None
    with db.write() as s:
        change = _begin_change(s, f"price {sku} {price_fen}", clock)
        row = s.get(ProductRow, sku)
        if row is None:
            raise NotFound(f"unknown SKU {sku}")
        old = row.price_fen
        if old != price_fen:
            row.price_fen = price_fen
            row.change_id = change.id
        _end_change(s, change, int(old != price_fen))
        return {"sku": sku, "old_price_fen": old, "price_fen": price_fen,
                "cursor": change.id if old != price_fen else None}


def pull_catalogue(db: Database, cursor: int) -> dict:
    """Every catalogue row changed after ``cursor``, and the cursor to send next time.  A
    cursor this server never handed out (above its newest change: a restored or different
    server) gets the whole catalogue with ``full: true``."""
    with db.read(snapshot=True) as s:
        current = s.scalar(select(func.max(CatalogueChangeRow.id))) or 0
        full = cursor <= 0 or cursor > current
        since = 0 if full else cursor
        cats = s.scalars(select(CategoryRow).where(CategoryRow.change_id > since).order_by(CategoryRow.code))
        coops = s.scalars(select(CooperativeRow).where(CooperativeRow.change_id > since).order_by(CooperativeRow.code))
        prods = s.scalars(select(ProductRow).where(ProductRow.change_id > since).order_by(ProductRow.sku))
        return {
            "cursor": current, "full": full,
            "categories": [{"code": c.code, "name_bo": c.name_bo, "name_zh": c.name_zh, "name_en": c.name_en,
                            "sort_order": c.sort_order} for c in cats],
            "cooperatives": [{"code": c.code, "name_bo": c.name_bo, "name_zh": c.name_zh, "name_en": c.name_en,
                              "town_bo": c.town_bo, "town_zh": c.town_zh, "town_en": c.town_en} for c in coops],
            "products": [{"sku": p.sku, "barcode": p.barcode, "name_bo": p.name_bo, "name_zh": p.name_zh,
                          "name_en": p.name_en, "category": p.category, "cooperative": p.cooperative,
                          "unit": p.unit, "price_fen": p.price_fen, "active": bool(p.active)} for p in prods],
        }

