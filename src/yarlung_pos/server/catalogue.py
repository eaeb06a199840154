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

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yarlung_pos.domain import catalogue_rules as rules
from yarlung_pos.server.common import Clock, Conflict, NotFound, ServiceError, iso, now
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


#: for other catalogue writers (the shop's about texts): take a change number / close it
begin_change, end_change = _begin_change, _end_change


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


# ---------------------------------------------------------------- one entry at a time

_KEY_FIELD = {"categories": "code", "cooperatives": "code", "products": "sku"}


def save_entry(db: Database, kind: str, values: dict[str, object], *, adding: bool,
               check_only: bool = False, clock: Clock = now) -> dict:
    """Add (``adding``) or change ONE category, cooperative or product (``kind`` as a CSV
    file's: ``categories``, ``cooperatives``, ``products``), judged exactly as a row of the CSV
    import (the rulebook, codes that exist, a barcode that belongs to one product) and written
    as one catalogue change the tills pull.  ``values`` holds column values as typed (keys of
    the kind's CSV columns); when changing, a column left out keeps its stored value (a
    product's price is changed with :func:`set_price`).

    Returns ``{"kind", "key", "added", "updated", "cursor"}`` (``cursor`` ``None`` when nothing
    changed).  Raises :class:`~yarlung_pos.services.catalogue_csv.CatalogueImportError` whose
    ``errors`` name every refused field (``line`` 0), :class:`Conflict` when adding a key that
    exists, :class:`NotFound` when changing one that does not; nothing is written then.
    ``check_only``: judge only, write nothing (the answer's counts are 0)."""
    if kind not in _KEY_FIELD:
        raise ValueError(f"unknown kind {kind!r}")
    field = _KEY_FIELD[kind]
    key = rules.normal_code(str(values.get(field) or ""))
    model = _MODELS[kind]
    with db.read() if check_only else db.write() as s:
        change = None if check_only else _begin_change(s, f"console {kind} {key}", clock)
        row = s.get(model, key) if key else None
        if adding and row is not None:
            raise Conflict(f"{kind} {key} exists already")
        if not adding and row is None:
            raise NotFound(f"unknown {field} {key}")
        stored = {c: getattr(row, c) for c in _COLUMNS[kind]} if row is not None else {}
        f = cc.CatalogueFile(Path(f"{kind}-{key}"), kind, [(0, {**stored, **values, field: values.get(field)})], [])
        if kind == "products":
            clean, existing = _check_products(s, f)
        else:
            clean = _check_parties(f)
        if change is None:
            return {"kind": kind, "key": key, "added": 0, "updated": 0, "cursor": None}
        if kind == "products":
            added, updated = _write_products(s, clean, existing, change.id)
        else:
            added, updated = _write_parties(s, kind, clean, change.id)
        s.flush()
        _end_change(s, change, added + updated)
        return {"kind": kind, "key": key, "added": added, "updated": updated,
                "cursor": change.id if added + updated else None}


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


# The pull in pages (PROTOCOL.md, "Pull in pages").  A page cursor names one pull: the window of
# change numbers ``(since, upto]`` it brings the till through, and the last row handed out in
# the order categories → cooperatives → products, each by code/SKU.  A row whose change number is
# in the window cannot change without leaving it (a new write gets a number above ``upto``), and
# none can enter it, so walking the window by key hands out each of its rows exactly once.

_PHASES = ("categories", "cooperatives", "products")
MAX_PAGE_ROWS = 10_000
_PAGE_PREFIX = "p"
_BAD_CURSOR = "cursor: not a cursor this server handed out"


class BadCursor(ServiceError):
    """A ``cursor`` (or ``limit``) this server cannot read (HTTP 422)."""

    status = 422


@dataclass(frozen=True)
class _Page:
    since: int     # rows with change_id > since …
    upto: int      # … and <= upto
    phase: int     # index into _PHASES of the next row to hand out
    key: str       # the code/SKU of the last row handed out in that phase ("" = none yet)
    left: int = 0  # rows of the window not yet handed out, as counted when the pull began


def _encode(page: _Page) -> str:
    raw = json.dumps([page.since, page.upto, page.phase, page.key, page.left], ensure_ascii=False,
                     separators=(",", ":"))
    return _PAGE_PREFIX + base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(text: str) -> _Page:
    try:
        body = text[len(_PAGE_PREFIX):]
        since, upto, phase, key, left = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, TypeError, UnicodeDecodeError):
        raise BadCursor(_BAD_CURSOR) from None
    if not (all(type(v) is int for v in (since, upto, phase, left)) and isinstance(key, str) and len(key) <= 64
            and 0 <= since <= upto <= 2**62 and 0 <= phase < len(_PHASES) and 0 <= left <= 2**62
            and _storable(key)):
        raise BadCursor(_BAD_CURSOR)
    return _Page(since, upto, phase, key, left)


def _storable(text: str) -> bool:
    """No NUL and no lone surrogate: text either database can compare."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def parse_cursor(cursor: int | str | None) -> int | _Page:
    """A ``cursor`` as sent: a change number (``0``, ``"42"``; none = 0) or a page cursor
    (``"p…"``, opaque).  Raises :class:`BadCursor` (HTTP 422) for anything else."""
    if cursor is None or cursor == "":
        return 0
    if isinstance(cursor, int):
        number = cursor
    elif cursor.isascii() and cursor.isdigit() and len(cursor) <= 19:
        number = int(cursor)
    elif cursor.startswith(_PAGE_PREFIX):
        return _decode(cursor)
    else:
        raise BadCursor("cursor: a change number (0, 42 …) or a cursor this server handed out")
    if not 0 <= number <= 2**62:
        raise BadCursor("cursor: a change number from 0 to 2^62")
    return number


_MODELS = {"categories": CategoryRow, "cooperatives": CooperativeRow, "products": ProductRow}
#: the columns of each kind on the wire (PROTOCOL.md, "Pull"), in order
_COLUMNS = {
    "categories": ("code", "name_bo", "name_zh", "name_en", "sort_order"),
    "cooperatives": ("code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en"),
    "products": ("sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative", "unit",
                 "price_fen", "active"),
}


def _key_column(name: str):
    model = _MODELS[name]
    return model.sku if model is ProductRow else model.code


def _window(name: str, since: int, upto: int, *, by_key: bool = False):
    """The conditions "changed in (since, upto]" for kind ``name``.  ``by_key``: written so that
    the database walks the key's index rather than the change number's (``change_id + 0`` is
    not indexed) — the fast way through a window holding much of the table."""
    change = _MODELS[name].change_id
    if by_key:
        change = change + 0
    return [change > since, change <= upto]


def _rows(s: Session, name: str, where, limit: int | None = None) -> list[dict]:
    """Rows of kind ``name`` meeting ``where`` in key order, as wire dicts (plain columns, no
    ORM objects: a page of 10,000 products stays cheap)."""
    model = _MODELS[name]
    query = select(*(getattr(model, c) for c in _COLUMNS[name])).where(*where).order_by(_key_column(name))
    if limit is not None:
        query = query.limit(limit)
    columns = _COLUMNS[name]
    rows = [dict(zip(columns, r)) for r in s.connection().execute(query).all()]
    if name == "products":
        for r in rows:
            r["active"] = bool(r["active"])
    return rows


def _count(s: Session, name: str, since: int, upto: int, up_to: int | None = None) -> int:
    """Rows of kind ``name`` in the window (counting stops at ``up_to`` when given)."""
    inner = select(_MODELS[name].change_id).where(*_window(name, since, upto))
    if up_to is not None:
        inner = inner.limit(up_to)
    return s.scalar(select(func.count()).select_from(inner.subquery())) or 0


def pull_catalogue(db: Database, cursor: int | str | None = 0, limit: int | None = None) -> dict:
    """Catalogue rows for a till, from one snapshot of the server database.

    Without ``limit`` (the protocol as first written): every row changed after the change
    number ``cursor``, ``{"cursor": <newest change number>, "full", "categories",
    "cooperatives", "products"}``.  A cursor this server never handed out (above its newest
    change: a restored or different server) gets the whole catalogue with ``full: true``.

    With ``limit`` (1 … :data:`MAX_PAGE_ROWS`): at most ``limit`` rows of the pull, categories
    before cooperatives before products, and besides ``"more"`` (bool: another page follows)
    and ``"remaining"`` (rows of this pull after this page, as counted when it began; 0 when
    ``more`` is false).  ``cursor`` in the answer is the page cursor (opaque text) to send for
    the next page while ``more`` is true, the change number once it is false; ``cursor`` sent
    may be either.  A product page also carries the categories and cooperatives its products
    name that changed after the pull began (above ``limit``).

    Raises :class:`BadCursor` (HTTP 422) for a cursor or limit this server cannot read."""
    parsed = parse_cursor(cursor)
    if limit is not None and not 1 <= limit <= MAX_PAGE_ROWS:
        raise BadCursor(f"limit: from 1 to {MAX_PAGE_ROWS}")
    with db.read(snapshot=True) as s:
        current = s.scalar(select(func.max(CatalogueChangeRow.id))) or 0
        if isinstance(parsed, int) or parsed.upto > current:  # a page cursor of a restored server: again
            number = parsed if isinstance(parsed, int) else 0
            since = 0 if number <= 0 or number > current else number
            if limit is None:
                answer: dict = {"cursor": current, "full": since == 0}
                for name in _PHASES:
                    answer[name] = _rows(s, name, _window(name, since, current))
                return answer
            page = _Page(since, current, 0, "", sum(_count(s, name, since, current) for name in _PHASES))
        else:
            page = parsed
            if limit is None:
                limit = MAX_PAGE_ROWS
        return _page(s, page, limit)


def _page(s: Session, page: _Page, limit: int) -> dict:
    """One page of the pull ``page`` names (see :func:`pull_catalogue`)."""
    answer: dict = {"cursor": page.upto, "full": page.since == 0, "more": False, "remaining": 0,
                    "categories": [], "cooperatives": [], "products": []}
    phase, key, budget = page.phase, page.key, limit
    while phase < len(_PHASES):
        name = _PHASES[phase]
        # much of the table in the window (a first pull): walk the key's index
        by_key = _count(s, name, page.since, page.upto, up_to=4 * limit + 1) > 4 * limit
        where = _window(name, page.since, page.upto, by_key=by_key)
        if key:
            where.append(_key_column(name) > key)
        rows = _rows(s, name, where, budget + 1)  # one more: is there another page?
        if len(rows) > budget:
            answer["more"] = True
            del rows[budget:]
        answer[name] = rows
        budget -= len(rows)
        if rows:
            key = rows[-1][_COLUMNS[name][0]]
        if answer["more"]:
            break
        phase, key = phase + 1, ""
    _add_newer_parties(s, answer, page.upto)
    if answer["more"]:
        delivered = limit - budget
        left = max(1, page.left - delivered)  # rows may leave the window meanwhile, never enter it
        answer["remaining"] = left
        answer["cursor"] = _encode(_Page(page.since, page.upto, phase, key, left))
    return answer


def _add_newer_parties(s: Session, answer: dict, upto: int) -> None:
    """Categories and cooperatives named by the page's products that changed after the pull
    began (so were not in its window): sent with the page, so the till always knows them."""
    for name, field in (("categories", "category"), ("cooperatives", "cooperative")):
        codes = {p[field] for p in answer["products"]}
        if not codes:
            continue
        model = _MODELS[name]
        have = {c["code"] for c in answer[name]}
        answer[name].extend(r for r in _rows(s, name, [model.code.in_(codes), model.change_id > upto])
                            if r["code"] not in have)
