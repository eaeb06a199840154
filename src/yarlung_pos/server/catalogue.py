"""The catalogue on the county server: CSV import, price changes and the terminals' pull.

Catalogue rows carry the number of the change that last wrote them; change numbers are handed
out while catalogue writers are serialised (:func:`~yarlung_pos.server.database.lock_catalogue`),
so they grow in commit order and a cursor never skips a row (PROTOCOL.md, "Cursor").

The import takes the till's CSV format.  Every value is checked in :func:`_check_parties` and
:func:`_check_products` (SKU, barcode, names, codes, unit, price, sort order, active) before
anything is written: the one place the server's catalogue rules live (with the price range of
:func:`set_price`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.domain.model import UNITS
from yarlung_pos.domain.scan import SKU_PATTERN, is_valid_gtin
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
    files = []
    for path in map(Path, paths):
        header, rows, errors = cc._read(path)
        k = kind or cc.detect_kind(header)
        if k not in cc.COLUMNS:
            raise cc.CatalogueImportError(str(path), [cc.RowError(
                1, "", "cannot tell what the file holds: a products file has a 'sku' column, "
                       "cooperatives 'town_*' columns, categories 'sort_order' (or pass --kind)")])
        cc._check_header(path, header, k)
        files.append((path, k, rows, errors))
    files.sort(key=lambda f: _KIND_ORDER[f[1]])
    results = []
    with db.write() as s:
        change = _begin_change(s, "import " + ", ".join(p.name for p, *_ in files), clock)
        for path, k, rows, errors in files:
            if k == "products":
                clean, existing = _check_products(s, path, rows, errors)
                added, updated = _write_products(s, clean, existing, change.id)
            else:
                added, updated = _write_parties(s, k, _check_parties(path, rows, k, errors), change.id)
            results.append(ImportResult(str(path), k, added, updated))
            s.flush()
        _end_change(s, change, sum(r.added + r.updated for r in results))
    return results


# ---------------------------------------------------------------- the catalogue rules

def _check_parties(path: Path, rows, kind: str, errors: list) -> list[dict]:
    """The rows of a categories or cooperatives file (``kind``) as column values, every value
    checked.  Raises :class:`~yarlung_pos.services.catalogue_csv.CatalogueImportError` naming
    every bad row (``errors``: those found while reading the file)."""
    seen: dict[str, int] = {}
    clean = []
    for line, row in rows:
        code = cc._check_code(row["code"], line, "code", errors)
        if code in seen:
            errors.append(cc.RowError(line, "code", f"{code} already on line {seen[code]}"))
        seen[code] = line
        cc._check_names(row, line, errors)
        values = {"code": code, "name_bo": row["name_bo"], "name_zh": row["name_zh"], "name_en": row["name_en"]}
        if kind == "categories":
            order = row.get("sort_order", "") or "0"
            if not (order.lstrip("-").isascii() and order.lstrip("-").isdigit()) or len(order) > 9:
                errors.append(cc.RowError(line, "sort_order", f"not a whole number: {order!r}"))
                order = "0"
            values["sort_order"] = int(order)
        else:
            for col in ("town_bo", "town_zh", "town_en"):
                values[col] = row.get(col, "")
        clean.append(values)
    cc._raise_if(path, errors)
    return clean


def _check_products(s: Session, path: Path, rows, errors: list) -> tuple[list[dict], dict[str, ProductRow]]:
    """The rows of a products file as column values, every value checked, also against the
    catalogue (categories and cooperatives exist, a barcode belongs to one product); and the
    stored products by SKU.  Raises :class:`~yarlung_pos.services.catalogue_csv.CatalogueImportError`
    naming every bad row (``errors``: those found while reading the file)."""
    s.flush()
    categories = set(s.scalars(select(CategoryRow.code)))
    cooperatives = set(s.scalars(select(CooperativeRow.code)))
    existing = {r.sku: r for r in s.scalars(select(ProductRow))}
    barcode_owner = {r.barcode: r.sku for r in existing.values() if r.barcode}
    seen_sku: dict[str, int] = {}
    seen_barcode: dict[str, int] = {}
    clean = []
    for line, row in rows:
        sku = row["sku"].upper()
        if not SKU_PATTERN.match(sku):
            errors.append(cc.RowError(line, "sku", f"SKU must be 1–64 letters, digits, '.', '-' or '_': {row['sku']!r}"))
        elif sku in seen_sku:
            errors.append(cc.RowError(line, "sku", f"{sku} already on line {seen_sku[sku]}"))
        seen_sku.setdefault(sku, line)
        barcode = row["barcode"] or None
        if barcode is not None:
            if not is_valid_gtin(barcode):
                errors.append(cc.RowError(line, "barcode", f"not a valid EAN-13/EAN-8/UPC-A (check digit): {barcode!r}"))
            else:
                barcode = "0" + barcode if len(barcode) == 12 else barcode
                if barcode in seen_barcode:
                    errors.append(cc.RowError(line, "barcode", f"{barcode} already on line {seen_barcode[barcode]}"))
                seen_barcode.setdefault(barcode, line)
        cc._check_names(row, line, errors)
        cat = row["category"].upper()
        if cat not in categories:
            errors.append(cc.RowError(line, "category", f"unknown category {row['category']!r}"
                                      f" (known: {', '.join(sorted(categories)) or 'none yet — import categories first'})"))
        coop = row["cooperative"].upper()
        if coop not in cooperatives:
            errors.append(cc.RowError(line, "cooperative", f"unknown cooperative {row['cooperative']!r}"
                                      + ("" if cooperatives else " (import cooperatives first)")))
        unit = row["unit"].lower()
        if unit not in UNITS:
            errors.append(cc.RowError(line, "unit", f"unknown unit {row['unit']!r} (one of: {', '.join(UNITS)})"))
        price = row["price_fen"]
        price_fen = 0
        if not (price.isascii() and price.isdigit()):
            errors.append(cc.RowError(line, "price_fen", f"not a whole number of fen: {price!r}"))
        else:
            price_fen = int(price)
            if price_fen == 0:
                errors.append(cc.RowError(line, "price_fen", "price must be above zero (give-aways are stock adjustments)"))
            if price_fen > cc.MAX_PRICE_FEN:
                errors.append(cc.RowError(line, "price_fen", f"price above ￥1,000,000: {price!r}"))
        active = row.get("active", "1") or "1"
        if active.lower() not in ("1", "0", "true", "false", "yes", "no"):
            errors.append(cc.RowError(line, "active", f"use 1 or 0: {active!r}"))
        clean.append({"sku": sku, "barcode": barcode, "name_bo": row["name_bo"], "name_zh": row["name_zh"],
                      "name_en": row["name_en"], "category": cat, "cooperative": coop, "unit": unit,
                      "price_fen": price_fen, "active": active.lower() in ("1", "true", "yes")})
    for barcode, line in seen_barcode.items():
        owner = barcode_owner.get(barcode)
        if owner is not None and owner not in seen_sku:
            errors.append(cc.RowError(line, "barcode", f"{barcode} already belongs to {owner}"))
    cc._raise_if(path, errors)
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
    already that).  Raises :class:`ServiceError` for a price outside 1 fen … ￥1,000,000,
    :class:`NotFound` for an unknown SKU."""
    sku = sku.strip().upper()
    if not 0 < price_fen <= cc.MAX_PRICE_FEN:
        raise ServiceError(f"price must be 1–{cc.MAX_PRICE_FEN} fen, not {price_fen}")
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

