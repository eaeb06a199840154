"""The catalogue as the office console reads and changes it (issue #17): query functions and
the managers' changes, for ``page_catalogue``.

Reads take ``db`` and plain values and return plain dicts and dataclasses (prices in fen).
Every change takes the signed-in :class:`OfficeUser` and refuses anyone below a manager with
:class:`~yarlung_pos.server.console.PageRefused` (403) before it reads the form; it is judged
by the catalogue rulebook exactly as the CSV import judges a row, and written through
:mod:`yarlung_pos.server.catalogue` as a catalogue change the tills get at their next pull.
A refused change raises :class:`FormRefused` naming every bad field, and nothing is written.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select

from yarlung_pos.domain import catalogue_rules as rules
from yarlung_pos.domain.catalogue_rules import CatalogueRuleError
from yarlung_pos.server import catalogue
from yarlung_pos.server import web
from yarlung_pos.server.common import Clock, Conflict, NotFound, now
from yarlung_pos.server.console import PageRefused
from yarlung_pos.server.database import Database
from yarlung_pos.server.office_users import OfficeUser
from yarlung_pos.server.schema import CategoryRow, CooperativeRow, ProductRow
from yarlung_pos.services import catalogue_csv as cc

PER_PAGE = 100
#: the most bytes of one uploaded CSV file (the console's body limit is a little more)
MAX_CSV_BYTES = 2 * 1024 * 1024
MANAGERS_ONLY = web._("Only a manager can change the catalogue (you are {you}).")
EXISTS = {"products": web._("There is a product with the SKU {key} already."),
          "categories": web._("There is a category with the code {key} already."),
          "cooperatives": web._("There is a cooperative with the code {key} already.")}
NO_SUCH = {"products": web._("There is no product with the SKU {key}."),
           "categories": web._("There is no category with the code {key}."),
           "cooperatives": web._("There is no cooperative with the code {key}.")}
NO_FILE = web._("Choose a CSV file to upload.")
TOO_BIG = web._("The file {file} is larger than 2 MiB: split it and upload the parts one by one.")
KINDS = ("categories", "cooperatives", "products")


@dataclass(frozen=True)
class Problem:
    """One refused value: ``field`` (a CSV column name, ``""`` for the whole form or file),
    ``line`` of an uploaded file (0 for a form), ``message`` an English source string with
    ``{name}`` placeholders filled from ``values`` (translated by the page), ``file`` its name."""

    field: str
    message: str
    values: dict = dc_field(default_factory=dict)
    line: int = 0
    file: str = ""


class FormRefused(Exception):
    """A change refused; nothing was written.  ``problems`` lists every bad field (or row)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message.format(**p.values) if p.values else p.message for p in problems))


def _problem(e: cc.RowError, file: str = "") -> Problem:
    """A :class:`Problem` of a row error of the CSV reader or the rulebook."""
    if e.rule is not None:
        return Problem(e.column, e.rule.template, dict(e.rule.params), e.line, file)
    return Problem(e.column, e.reason, {}, e.line, file)


def require_manager(who: OfficeUser) -> None:
    """Raise :class:`PageRefused` (403) unless ``who`` is a manager or an admin."""
    if not who.at_least("manager"):
        raise PageRefused(403, MANAGERS_ONLY, you=who.role)


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class ProductPage:
    """One page of the product list: ``rows`` (dicts of the product columns, ``price_fen`` in
    fen, ``active`` bool), ``total`` products matching, ``page`` (1-based) of ``pages``."""

    rows: list[dict]
    total: int
    page: int
    pages: int


_PRODUCT_COLUMNS = ("sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative", "unit",
                    "price_fen", "active")


def list_products(db: Database, *, text: str = "", category: str = "", cooperative: str = "",
                  active: bool | None = None, page: int = 1, per_page: int = PER_PAGE) -> ProductPage:
    """Products by SKU whose SKU, barcode or a name contains ``text`` (case-free), of
    ``category`` and ``cooperative`` (codes, empty: any), ``active`` or not (``None``: both);
    page ``page`` of ``per_page`` rows (a page past the end gives the last one)."""
    where = []
    text = rules.tidy(text)[:200]
    if text:
        where.append(or_(*(getattr(ProductRow, c).icontains(text, autoescape=True)
                           for c in ("sku", "barcode", "name_bo", "name_zh", "name_en"))))
    if category:
        where.append(ProductRow.category == rules.normal_code(category))
    if cooperative:
        where.append(ProductRow.cooperative == rules.normal_code(cooperative))
    if active is not None:
        where.append(ProductRow.active.is_(active))
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(ProductRow).where(*where)) or 0
        pages = max(1, -(-total // per_page))
        page = min(max(1, page), pages)
        query = (select(*(getattr(ProductRow, c) for c in _PRODUCT_COLUMNS)).where(*where)
                 .order_by(ProductRow.sku).offset((page - 1) * per_page).limit(per_page))
        rows = [dict(zip(_PRODUCT_COLUMNS, r)) for r in s.execute(query).all()]
    for r in rows:
        r["active"] = bool(r["active"])
    return ProductPage(rows, total, page, pages)


def product(db: Database, sku: str) -> dict | None:
    """The product ``sku`` as a dict of its columns, else ``None``."""
    with db.read() as s:
        row = s.get(ProductRow, rules.normal_code(sku))
        return None if row is None else {c: getattr(row, c) for c in _PRODUCT_COLUMNS}


_PARTY_COLUMNS = {"categories": ("code", "name_bo", "name_zh", "name_en", "sort_order"),
                  "cooperatives": ("code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en")}
_PARTY_MODEL = {"categories": CategoryRow, "cooperatives": CooperativeRow}


def parties(db: Database, kind: str) -> list[dict]:
    """Every category (``kind`` ``"categories"``, by sort order then code) or cooperative
    (``"cooperatives"``, by code) as a dict of its columns plus ``products`` (how many name it)."""
    model, columns = _PARTY_MODEL[kind], _PARTY_COLUMNS[kind]
    ref = ProductRow.category if kind == "categories" else ProductRow.cooperative
    order = (model.sort_order, model.code) if kind == "categories" else (model.code,)
    counts = select(ref.label("code"), func.count().label("n")).group_by(ref).subquery()
    query = (select(*(getattr(model, c) for c in columns), func.coalesce(counts.c.n, 0))
             .outerjoin(counts, counts.c.code == model.code).order_by(*order))
    with db.read() as s:
        return [dict(zip((*columns, "products"), r)) for r in s.execute(query).all()]


def party(db: Database, kind: str, code: str) -> dict | None:
    """The category or cooperative (``kind``) ``code`` as a dict of its columns, else ``None``."""
    with db.read() as s:
        row = s.get(_PARTY_MODEL[kind], rules.normal_code(code))
        return None if row is None else {c: getattr(row, c) for c in _PARTY_COLUMNS[kind]}


# ---------------------------------------------------------------- changing

_PLAIN_NUMBER = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+", re.ASCII)


def price_fen_of(text: str) -> int:
    """A price typed in yuan (``"12.50"``) as fen by the rulebook
    (:func:`~yarlung_pos.domain.catalogue_rules.check_price_yuan`, i.e.
    :func:`~yarlung_pos.domain.money.parse_yuan`); a plain number above ￥1,000,000 gets the
    range's reason.  Raises :class:`CatalogueRuleError` (field ``price_fen``)."""
    try:
        return rules.check_price_yuan(text)
    except CatalogueRuleError:
        cleaned = rules.ascii_form(text or "").replace("￥", "").replace("¥", "").replace(",", "").strip()
        if _PLAIN_NUMBER.fullmatch(cleaned) and Decimal(cleaned) * 100 > rules.MAX_PRICE_FEN:
            rules.check_price_fen(rules.MAX_PRICE_FEN + 1)  # raises the range's reason
        raise


def _rule_problem(e: CatalogueRuleError, name: str | None = None) -> Problem:
    return Problem(name or e.field, e.template, dict(e.params))


def change_price(db: Database, who: OfficeUser, sku: str, yuan_text: str, *, clock: Clock = now) -> dict:
    """Set the price of product ``sku`` to ``yuan_text`` (yuan, as typed) for the manager
    ``who``: ``{"sku", "old_price_fen", "price_fen", "cursor"}`` as
    :func:`~yarlung_pos.server.catalogue.set_price`.  Raises :class:`PageRefused` 403 for a
    viewer, 404 for an unknown SKU, :class:`FormRefused` (field ``price``) for a bad price."""
    require_manager(who)
    try:
        fen = price_fen_of(yuan_text)
    except CatalogueRuleError as exc:
        raise FormRefused([_rule_problem(exc, "price")]) from None
    try:
        return catalogue.set_price(db, sku, fen, clock=clock)
    except NotFound:
        raise PageRefused(404, NO_SUCH["products"], key=rules.normal_code(sku)) from None


def save(db: Database, who: OfficeUser, kind: str, values: dict[str, str], *, key: str | None = None,
         check_only: bool = False, clock: Clock = now) -> dict:
    """Add (``key`` ``None``) or change (``key``: its SKU or code) a product, category or
    cooperative (``kind``) for the manager ``who``, from form ``values`` keyed by CSV column
    (a product added carries ``price``: yuan text; active is ``"1"``/``"0"``).  Judged and
    written by :func:`~yarlung_pos.server.catalogue.save_entry`; returns its answer.  Raises
    :class:`PageRefused` 403 for a viewer, 404 when ``key`` names nothing, and
    :class:`FormRefused` naming every bad field (an SKU or code taken as ``sku``/``code``).
    ``check_only``: judge only, write nothing."""
    require_manager(who)
    columns = _PRODUCT_COLUMNS if kind == "products" else _PARTY_COLUMNS[kind]
    given = {c: values[c] for c in columns if c in values and c != "price_fen"}
    problems: list[Problem] = []
    if kind == "products" and key is None:
        try:
            given["price_fen"] = price_fen_of(values.get("price", ""))
        except CatalogueRuleError as exc:
            problems.append(_rule_problem(exc, "price"))
            given["price_fen"] = 1  # stands in, so that every other field is judged too
    key_field = "sku" if kind == "products" else "code"
    if key is not None:
        given[key_field] = key
    try:  # a refused price: the other fields are judged too, and nothing is written
        answer = catalogue.save_entry(db, kind, given, adding=key is None,
                                     check_only=check_only or bool(problems), clock=clock)
    except cc.CatalogueImportError as exc:
        raise FormRefused(problems + [_problem(e) for e in exc.errors]) from None
    except Conflict:
        problems.append(Problem(key_field, EXISTS[kind], {"key": rules.normal_code(given[key_field])}))
        raise FormRefused(problems) from None
    except NotFound:
        raise PageRefused(404, NO_SUCH[kind], key=rules.normal_code(key or "")) from None
    if problems:
        raise FormRefused(problems)
    return answer


@dataclass(frozen=True)
class Upload:
    """One uploaded file: the name the browser gave and its bytes."""

    filename: str
    data: bytes


def _safe_name(filename: str, index: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(filename or "").name)[:80].strip("._")
    return f"{index}-{stem or 'upload'}" + ("" if stem.lower().endswith(".csv") else ".csv")


def import_csv(db: Database, who: OfficeUser, uploads: list[Upload], *, clock: Clock = now) -> list[dict]:
    """Import uploaded catalogue CSV files (the till's format; the kind told by each header)
    for the manager ``who``, all in one transaction (categories before cooperatives before
    products), by :func:`~yarlung_pos.server.catalogue.import_catalogue`: all or nothing.
    Returns ``[{"file", "kind", "added", "updated"}]``.  Raises :class:`PageRefused` 403 for a
    viewer, :class:`FormRefused` with every bad row (``line``, ``field`` the column, ``file``)
    — no file, a file over :data:`MAX_CSV_BYTES`, a bad header or bad rows; nothing written."""
    require_manager(who)
    uploads = [u for u in uploads if u.filename or u.data]
    if not uploads:
        raise FormRefused([Problem("file", NO_FILE)])
    big = [Problem("file", TOO_BIG, {"file": u.filename}) for u in uploads if len(u.data) > MAX_CSV_BYTES]
    if big:
        raise FormRefused(big)
    with tempfile.TemporaryDirectory(prefix="yarlung-upload-") as folder:
        paths, names = [], {}
        for i, u in enumerate(uploads, 1):
            path = Path(folder) / _safe_name(u.filename, i)
            path.write_bytes(u.data)
            paths.append(path)
            names[str(path)] = u.filename or path.name
        try:
            results = catalogue.import_catalogue(db, paths, clock=clock)
        except cc.CatalogueImportError as exc:
            raise FormRefused([_problem(e, names.get(exc.path, exc.path)) for e in exc.errors]) from None
    return [{"file": names[r.file], "kind": r.kind, "added": r.added, "updated": r.updated} for r in results]
