"""Catalogue CSV import and export (UTF-8, header row, comma separated).

Three kinds of file, told apart by their header (or named with ``kind``):

* products: ``sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen[,active]``
  — ``category``/``cooperative`` are codes that must exist; ``unit`` one of
  :data:`yarlung_pos.domain.model.UNITS`; ``price_fen`` a whole number of fen; ``barcode``
  empty or a valid EAN-13/EAN-8/UPC-A; ``active`` 1/0 (default 1).
* categories: ``code,name_bo,name_zh,name_en[,sort_order]``
* cooperatives: ``code,name_bo,name_zh,name_en[,town_bo,town_zh,town_en]``

Every value is judged by the catalogue rulebook (:mod:`yarlung_pos.domain.catalogue_rules`), as
in the back-office editor and on the county server.  Rows are matched by ``sku``/``code``:
existing entries are updated, new ones added.  An import is all or nothing: any bad row aborts
it and every bad row is reported (line, column, the rulebook's reason).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain import catalogue_rules as rules
from yarlung_pos.domain.catalogue_rules import CatalogueRuleError, ProductRecord
from yarlung_pos.domain.model import Category, Cooperative
from yarlung_pos.fileio import atomic_write
from yarlung_pos.services.catalogue import search_key

PRODUCT_COLUMNS = ("sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative",
                   "unit", "price_fen", "active")
CATEGORY_COLUMNS = ("code", "name_bo", "name_zh", "name_en", "sort_order")
COOPERATIVE_COLUMNS = ("code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en")
_OPTIONAL = {"products": {"active"}, "categories": {"sort_order"},
             "cooperatives": {"town_bo", "town_zh", "town_en"}}
COLUMNS = {"products": PRODUCT_COLUMNS, "categories": CATEGORY_COLUMNS,
           "cooperatives": COOPERATIVE_COLUMNS}
MAX_PRICE_FEN = rules.MAX_PRICE_FEN  # ￥1,000,000 — anything above is a typo
MAX_NAME_CHARS = rules.MAX_NAME_CHARS  # the county server takes 500 on the wire, with room to spare


@dataclass(frozen=True)
class RowError:
    """One problem of an imported file: 1-based ``line`` of the file, ``column`` name or "",
    and a ``reason`` for people."""

    line: int
    column: str
    reason: str
    #: the rulebook's error behind ``reason`` (translatable), when there is one
    rule: CatalogueRuleError | None = field(default=None, compare=False, repr=False)

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


@dataclass(frozen=True)
class CatalogueFile:
    """A catalogue CSV file read and its header checked: its ``kind``, the ``rows`` as
    ``(line, {column: stripped text})`` and the ``errors`` found while reading (rows of the
    wrong length, malformed CSV)."""

    path: Path
    kind: str
    rows: list[tuple[int, dict[str, str]]]
    errors: list[RowError]


def read_catalogue(path: Path | str, kind: str | None = None) -> CatalogueFile:
    """Read the catalogue CSV file ``path`` (``kind`` as for :func:`import_catalogue_csv`).
    Raises :class:`CatalogueImportError` for a file that cannot be read, is not UTF-8, or whose
    header fits no kind or lacks a required column."""
    path = Path(path)
    header, rows, read_errors = _read(path)
    kind = kind or detect_kind(header)
    if kind not in COLUMNS:
        raise CatalogueImportError(str(path), [RowError(
            1, "", "cannot tell what the file holds: a products file has a 'sku' column, "
                   "cooperatives 'town_*' columns, categories 'sort_order' (or pass --kind)")])
    _check_header(path, header, kind)
    return CatalogueFile(path, kind, rows, read_errors)


def _row_errors(line: int, errors: tuple[CatalogueRuleError, ...]) -> list[RowError]:
    return [RowError(line, e.field, str(e), e) for e in errors]


def check_party_rows(kind: str, rows, errors: list[RowError]) -> list[Category | Cooperative]:
    """Check the rows of a categories or cooperatives file (``kind``) by the catalogue
    rulebook (:mod:`yarlung_pos.domain.catalogue_rules`); a code may appear once.  Appends a
    :class:`RowError` to ``errors`` for every refused field and returns the normalised
    records of the rows that passed."""
    review = rules.review_category if kind == "categories" else rules.review_cooperative
    seen: dict[str, int] = {}
    clean = []
    for line, row in rows:
        result = review(row)
        errors += _row_errors(line, result.errors)
        code = rules.normal_code(row.get("code", ""))
        if code in seen and not any(e.field == "code" for e in result.errors):
            errors.append(RowError(line, "code", f"{code} already on line {seen[code]}"))
        seen[code] = line
        if result.record is not None:
            clean.append(result.record)
    return clean


def check_product_rows(rows, categories: Collection[str], cooperatives: Collection[str],
                       barcode_owner: Mapping[str, str], errors: list[RowError]) -> list[ProductRecord]:
    """Check the rows of a products file by the catalogue rulebook against the category and
    cooperative codes that exist; an SKU and a barcode may appear once, and a barcode may not
    stay with another product (``barcode_owner``: barcode → SKU now) — it may move between
    products of the file in any row order, even a swap.  Appends a :class:`RowError` for
    every problem and returns the normalised records of the rows that passed."""
    seen_sku: dict[str, int] = {}
    seen_barcode: dict[str, int] = {}
    clean: list[ProductRecord] = []
    for line, row in rows:
        result = rules.review_product(row, categories, cooperatives)
        errors += _row_errors(line, result.errors)
        sku = rules.normal_code(row.get("sku", ""))
        if sku in seen_sku and not any(e.field == "sku" for e in result.errors):
            errors.append(RowError(line, "sku", f"{sku} already on line {seen_sku[sku]}"))
        seen_sku.setdefault(sku, line)
        record = result.record
        barcode = None if any(e.field == "barcode" for e in result.errors) else \
            rules.check_barcode(row.get("barcode"))
        if barcode is not None:
            if barcode in seen_barcode:
                errors.append(RowError(line, "barcode", f"{barcode} already on line {seen_barcode[barcode]}"))
            seen_barcode.setdefault(barcode, line)
        if record is not None:
            clean.append(record)
    for barcode, line in seen_barcode.items():
        owner = barcode_owner.get(barcode)
        if owner is not None and owner not in seen_sku:
            errors.append(RowError(line, "barcode", str(rules.barcode_taken(barcode, owner))))
    return clean


def import_catalogue_csv(store: Store, path: Path | str, kind: str | None = None) -> ImportReport:
    """Import a catalogue CSV file into the store in one transaction.

    ``kind`` is ``"products"``, ``"categories"`` or ``"cooperatives"``, or ``None`` to tell it
    from the header.  Every value is judged by the catalogue rulebook
    (:mod:`yarlung_pos.domain.catalogue_rules`).  Returns an :class:`ImportReport`; raises
    :class:`CatalogueImportError` listing every bad row, in which case nothing was changed."""
    with store.write() as session:
        return import_catalogue_file(session, path, kind)


def import_catalogue_file(session: Session, path: Path | str, kind: str | None = None) -> ImportReport:
    """As :func:`import_catalogue_csv`, inside the caller's transaction ``session`` (so that
    several files can be imported all together or not at all)."""
    file = read_catalogue(path, kind)
    if file.kind == "products":
        return _import_products(session, file)
    return _import_parties(session, file)


#: the order the kinds of catalogue file are imported in (products name categories and cooperatives)
IMPORT_ORDER = ("categories", "cooperatives", "products")


class CatalogueFilesError(Exception):
    """Some of the files given together were refused; nothing was changed.  ``errors`` lists
    every problem as ``(path text, RowError)``, file by file in import order."""

    def __init__(self, errors: list[tuple[str, RowError]]):
        self.errors = errors
        super().__init__(f"{len(errors)} problem(s) in {len({p for p, _ in errors})} file(s); nothing was imported")


class _CheckOnly(Exception):
    pass


def import_catalogue_files(store: Store, files: Mapping[str, Path | str], check_only: bool = False
                           ) -> dict[str, ImportReport]:
    """Import several catalogue files all together or not at all: ``files`` maps a kind
    (``categories``, ``cooperatives``, ``products``; see :data:`IMPORT_ORDER`) to a CSV path;
    a file's rows may use the codes of the files before it.  Every file is checked even when
    an earlier one has problems.  Returns ``{kind: ImportReport}``; with ``check_only`` the
    same answer is given but nothing is kept.  Raises :class:`CatalogueFilesError` listing
    every problem of every file (nothing changed), ``ValueError`` for an unknown kind."""
    unknown = set(files) - set(IMPORT_ORDER)
    if unknown:
        raise ValueError(f"unknown kind of catalogue file: {', '.join(sorted(unknown))}")
    reports: dict[str, ImportReport] = {}
    problems: list[tuple[str, RowError]] = []
    try:
        with store.write() as session:
            for kind in IMPORT_ORDER:
                if kind not in files:
                    continue
                path = Path(files[kind])
                try:  # a refused file is refused before it changes anything
                    reports[kind] = import_catalogue_file(session, path, kind)
                except CatalogueImportError as exc:
                    problems += [(str(path), e) for e in exc.errors]
            if problems:
                raise CatalogueFilesError(problems)
            if check_only:
                raise _CheckOnly()
    except _CheckOnly:
        pass
    return reports


def _raise_if(path: Path, errors: list[RowError]) -> None:
    if errors:
        raise CatalogueImportError(str(path), sorted(errors, key=lambda e: e.line))


def raise_if_errors(path: Path | str, errors: list[RowError]) -> None:
    """Raise :class:`CatalogueImportError` with ``errors`` in line order, if there are any."""
    _raise_if(Path(path), errors)


def _import_parties(session: Session, file: CatalogueFile) -> ImportReport:
    model = CategoryRow if file.kind == "categories" else CooperativeRow
    errors = list(file.errors)
    clean = [asdict(r) for r in check_party_rows(file.kind, file.rows, errors)]
    _raise_if(file.path, errors)
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
    return ImportReport(file.kind, added, updated)


def _import_products(session: Session, file: CatalogueFile) -> ImportReport:
    categories = {r.code: r.id for r in session.scalars(select(CategoryRow))}
    cooperatives = {r.code: r.id for r in session.scalars(select(CooperativeRow))}
    existing = {r.sku: r for r in session.scalars(select(ProductRow))}
    barcode_owner = {r.barcode: r.sku for r in existing.values() if r.barcode}
    errors = list(file.errors)
    records = check_product_rows(file.rows, categories, cooperatives, barcode_owner, errors)
    _raise_if(file.path, errors)
    clean = [dict(sku=r.sku, barcode=r.barcode, name_bo=r.name_bo, name_zh=r.name_zh, name_en=r.name_en,
                  category_id=categories[r.category], cooperative_id=cooperatives[r.cooperative], unit=r.unit,
                  price_fen=r.price_fen, active=r.active) for r in records]
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
