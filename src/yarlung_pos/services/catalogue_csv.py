"""Catalogue CSV import and export (UTF-8, header row, comma separated).

Three kinds of file, told apart by their header (or named with ``kind``):

* products: ``sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen[,active]``
  — ``category``/``cooperative`` are codes that must exist; ``unit`` one of
  :data:`yarlung_pos.domain.model.UNITS`; ``price_fen`` a whole number of fen; ``barcode``
  empty or a valid EAN-13/EAN-8/UPC-A; ``active`` 1/0 (default 1).
* categories: ``code,name_bo,name_zh,name_en[,sort_order]``
* cooperatives: ``code,name_bo,name_zh,name_en[,town_bo,town_zh,town_en]``

Rows are matched by ``sku``/``code``: existing entries are updated, new ones added.  An import
is all or nothing: any bad row aborts it and every bad row is reported (line, column, reason).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import UNITS
from yarlung_pos.fileio import atomic_write
from yarlung_pos.domain.scan import SKU_PATTERN, is_valid_gtin
from yarlung_pos.services.catalogue import search_key

PRODUCT_COLUMNS = ("sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative",
                   "unit", "price_fen", "active")
CATEGORY_COLUMNS = ("code", "name_bo", "name_zh", "name_en", "sort_order")
COOPERATIVE_COLUMNS = ("code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en")
_OPTIONAL = {"products": {"active"}, "categories": {"sort_order"},
             "cooperatives": {"town_bo", "town_zh", "town_en"}}
COLUMNS = {"products": PRODUCT_COLUMNS, "categories": CATEGORY_COLUMNS,
           "cooperatives": COOPERATIVE_COLUMNS}
MAX_PRICE_FEN = 100_000_000  # ￥1,000,000 — anything above is a typo
MAX_NAME_CHARS = 200  # also what the county server takes on the wire (500), with room to spare
_CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


@dataclass(frozen=True)
class RowError:
    """One problem of an imported file: 1-based ``line`` of the file, ``column`` name or "",
    and a ``reason`` for people."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.line <= 0:
            return self.reason
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.reason}"


class CatalogueImportError(Exception):
    """The file was refused; nothing was changed.  ``errors`` lists every bad row."""

    def __init__(self, path: str, errors: list[RowError]):
        self.path = path
        self.errors = errors
        super().__init__(f"{path}: {len(errors)} problem(s); nothing was imported")


@dataclass(frozen=True)
class ImportReport:
    """What an import did: the file's ``kind`` and how many entries were ``added``/``updated``."""

    kind: str
    added: int
    updated: int


def _now() -> str:
    return datetime.now(UTC).isoformat()


def detect_kind(header: list[str]) -> str | None:
    """Kind of catalogue file a header belongs to, or ``None`` when it fits none."""
    cols = set(header)
    if "sku" in cols:
        return "products"
    if cols & {"town_bo", "town_zh", "town_en"}:
        return "cooperatives"
    if "sort_order" in cols:
        return "categories"
    return None


def _read(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[RowError]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogueImportError(str(path), [RowError(0, "", f"cannot read file: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogueImportError(str(path), [RowError(line, "", "not UTF-8 text (save the file as UTF-8)")]) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise CatalogueImportError(str(path), [RowError(1, "", "the file is empty")]) from None
    rows: list[tuple[int, dict[str, str]]] = []
    errors: list[RowError] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                errors.append(RowError(line, "", f"{len(record)} fields, the header has {len(header)}"))
                continue
            rows.append((line, {h: v.strip() for h, v in zip(header, record)}))
    except csv.Error as exc:
        errors.append(RowError(reader.line_num, "", f"malformed CSV: {exc}"))
    return header, rows, errors


def _check_header(path: Path, header: list[str], kind: str) -> None:
    allowed = COLUMNS[kind]
    required = [c for c in allowed if c not in _OPTIONAL[kind]]
    errors = [RowError(1, c, "required column missing") for c in required if c not in header]
    errors += [RowError(1, c, f"unknown column (a {kind} file has: {', '.join(allowed)})")
               for c in header if c not in allowed]
    dupes = {c for c in header if header.count(c) > 1}
    errors += [RowError(1, c, "column appears twice") for c in sorted(dupes)]
    if errors:
        raise CatalogueImportError(str(path), errors)


def _check_code(value: str, line: int, column: str, errors: list[RowError]) -> str:
    code = value.upper()
    if not code or len(code) > 32 or not set(code) <= _CODE_CHARS:
        errors.append(RowError(line, column, f"code must be 1–32 letters, digits, '-' or '_': {value!r}"))
    return code


def _check_names(row: dict[str, str], line: int, errors: list[RowError]) -> None:
    for col, lo, hi, script in (("name_bo", 0x0F00, 0x0FFF, "Tibetan"),
                                ("name_zh", 0x3400, 0x9FFF, "Chinese"), ("name_en", 0, 0x7F, "")):
        value = row.get(col, "")
        if not value:
            errors.append(RowError(line, col, "name is empty (every entry needs Tibetan, Chinese and English names)"))
        elif len(value) > MAX_NAME_CHARS:
            errors.append(RowError(line, col, f"name longer than {MAX_NAME_CHARS} characters"))
        elif script and not any(lo <= ord(ch) <= hi for ch in value):
            errors.append(RowError(line, col, f"no {script} characters in {value!r}"))


def import_catalogue_csv(store: Store, path: Path | str, kind: str | None = None) -> ImportReport:
    """Import a catalogue CSV file into the store in one transaction.

    ``kind`` is ``"products"``, ``"categories"`` or ``"cooperatives"``, or ``None`` to tell it
    from the header.  Returns an :class:`ImportReport`; raises :class:`CatalogueImportError`
    listing every bad row, in which case nothing was changed."""
    with store.write() as session:
        return import_catalogue_file(session, path, kind)


def import_catalogue_file(session: Session, path: Path | str, kind: str | None = None) -> ImportReport:
    """As :func:`import_catalogue_csv`, inside the caller's transaction ``session`` (so that
    several files can be imported all together or not at all)."""
    path = Path(path)
    header, rows, read_errors = _read(path)
    kind = kind or detect_kind(header)
    if kind not in COLUMNS:
        raise CatalogueImportError(str(path), [RowError(
            1, "", "cannot tell what the file holds: a products file has a 'sku' column, "
                   "cooperatives 'town_*' columns, categories 'sort_order' (or pass --kind)")])
    _check_header(path, header, kind)
    if kind == "products":
        return _import_products(session, path, rows, read_errors)
    return _import_parties(session, path, rows, kind, read_errors)


def _raise_if(path: Path, errors: list[RowError]) -> None:
    if errors:
        raise CatalogueImportError(str(path), sorted(errors, key=lambda e: e.line))


def _import_parties(session: Session, path: Path, rows, kind: str, errors: list[RowError]) -> ImportReport:
    model = CategoryRow if kind == "categories" else CooperativeRow
    seen: dict[str, int] = {}
    clean: list[dict] = []
    for line, row in rows:
        code = _check_code(row["code"], line, "code", errors)
        if code in seen:
            errors.append(RowError(line, "code", f"{code} already on line {seen[code]}"))
        seen[code] = line
        _check_names(row, line, errors)
        values = {"code": code, "name_bo": row["name_bo"], "name_zh": row["name_zh"],
                  "name_en": row["name_en"]}
        if kind == "categories":
            order = row.get("sort_order", "") or "0"
            if not order.lstrip("-").isdigit():
                errors.append(RowError(line, "sort_order", f"not a whole number: {order!r}"))
                order = "0"
            values["sort_order"] = int(order)
        else:
            for col in ("town_bo", "town_zh", "town_en"):
                values[col] = row.get(col, "")
        clean.append(values)
    _raise_if(path, errors)
    existing = {r.code: r for r in session.scalars(select(model))}
    added = updated = 0
    for values in clean:
        row = existing.get(values["code"])
        if row is None:
            session.add(model(**values))
            added += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(row, k, v)
            updated += 1
    return ImportReport(kind, added, updated)


def _import_products(session: Session, path: Path, rows, errors: list[RowError]) -> ImportReport:
    categories = {r.code: r.id for r in session.scalars(select(CategoryRow))}
    cooperatives = {r.code: r.id for r in session.scalars(select(CooperativeRow))}
    existing = {r.sku: r for r in session.scalars(select(ProductRow))}
    barcode_owner = {r.barcode: r.sku for r in existing.values() if r.barcode}
    seen_sku: dict[str, int] = {}
    seen_barcode: dict[str, int] = {}
    clean: list[dict] = []
    for line, row in rows:
        sku = row["sku"].upper()
        if not SKU_PATTERN.match(sku):
            errors.append(RowError(line, "sku", f"SKU must be 1–64 letters, digits, '.', '-' or '_': {row['sku']!r}"))
        elif sku in seen_sku:
            errors.append(RowError(line, "sku", f"{sku} already on line {seen_sku[sku]}"))
        seen_sku.setdefault(sku, line)
        barcode = row["barcode"] or None
        if barcode is not None:
            if not is_valid_gtin(barcode):
                errors.append(RowError(line, "barcode", f"not a valid EAN-13/EAN-8/UPC-A (check digit): {barcode!r}"))
            else:
                barcode = "0" + barcode if len(barcode) == 12 else barcode
                if barcode in seen_barcode:
                    errors.append(RowError(line, "barcode", f"{barcode} already on line {seen_barcode[barcode]}"))
                seen_barcode.setdefault(barcode, line)
        _check_names(row, line, errors)
        cat = row["category"].upper()
        if cat not in categories:
            errors.append(RowError(line, "category", f"unknown category {row['category']!r}"
                                   f" (known: {', '.join(sorted(categories)) or 'none yet — import categories first'})"))
        coop = row["cooperative"].upper()
        if coop not in cooperatives:
            errors.append(RowError(line, "cooperative", f"unknown cooperative {row['cooperative']!r}"
                                   + ("" if cooperatives else " (import cooperatives first)")))
        unit = row["unit"].lower()
        if unit not in UNITS:
            errors.append(RowError(line, "unit", f"unknown unit {row['unit']!r} (one of: {', '.join(UNITS)})"))
        price = row["price_fen"]
        if not (price.isascii() and price.isdigit()):
            errors.append(RowError(line, "price_fen", f"not a whole number of fen: {price!r}"))
            price_fen = 0
        else:
            price_fen = int(price)
            if price_fen == 0:
                errors.append(RowError(line, "price_fen", "price must be above zero (give-aways are stock adjustments)"))
            if price_fen > MAX_PRICE_FEN:
                errors.append(RowError(line, "price_fen", f"price above ￥1,000,000: {price!r}"))
        active_text = row.get("active", "1") or "1"
        if active_text.lower() not in ("1", "0", "true", "false", "yes", "no"):
            errors.append(RowError(line, "active", f"use 1 or 0: {active_text!r}"))
        clean.append(dict(sku=sku, barcode=barcode, name_bo=row["name_bo"], name_zh=row["name_zh"],
                          name_en=row["name_en"], category_id=categories.get(cat),
                          cooperative_id=cooperatives.get(coop), unit=unit, price_fen=price_fen,
                          active=active_text.lower() in ("1", "true", "yes")))
    # A barcode may move between products in one file (in any row order, even a swap): what
    # must hold is the state after the import — no barcode on two products.
    for barcode, line in seen_barcode.items():
        owner = barcode_owner.get(barcode)
        if owner is not None and owner not in seen_sku:
            errors.append(RowError(line, "barcode", f"{barcode} already belongs to {owner}"))
    _raise_if(path, errors)
    now = _now()
    added = updated = 0
    # Free barcodes that move between products before assigning them (unique constraint).
    for v in clean:
        row = existing.get(v["sku"])
        if row is not None and row.barcode != v["barcode"]:
            row.barcode = None
    session.flush()
    for v in clean:
        v["search_text"] = search_key(v["name_bo"], v["name_zh"], v["name_en"], v["sku"], v["barcode"])
        row = existing.get(v["sku"])
        if row is None:
            session.add(ProductRow(updated_at=now, **v))
            added += 1
        else:
            changed = any(getattr(row, k) != val for k, val in v.items())
            if changed:
                for k, val in v.items():
                    setattr(row, k, val)
                row.updated_at = now
                updated += 1
    return ImportReport("products", added, updated)


def export_catalogue_csv(store: Store, path: Path | str, kind: str = "products") -> int:
    """Write the catalogue (``kind`` as for import) to ``path`` as UTF-8 CSV in the import
    format, sorted by SKU/code, all or nothing (see :func:`yarlung_pos.fileio.atomic_write`).
    Returns the number of rows written."""
    path = Path(path)
    with store.read() as session:
        if kind == "products":
            rows = [[p.sku, p.barcode or "", p.name_bo, p.name_zh, p.name_en, p.category.code,
                     p.cooperative.code, p.unit, str(p.price_fen), "1" if p.active else "0"]
                    for p in session.scalars(select(ProductRow).order_by(ProductRow.sku))]
        elif kind == "categories":
            rows = [[c.code, c.name_bo, c.name_zh, c.name_en, str(c.sort_order)]
                    for c in session.scalars(select(CategoryRow).order_by(CategoryRow.code))]
        elif kind == "cooperatives":
            rows = [[c.code, c.name_bo, c.name_zh, c.name_en, c.town_bo, c.town_zh, c.town_en]
                    for c in session.scalars(select(CooperativeRow).order_by(CooperativeRow.code))]
        else:
            raise ValueError(f"unknown kind {kind!r}")
    with atomic_write(path, (store.path,) if store.path else ()) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS[kind])
        writer.writerows(rows)
    return len(rows)
