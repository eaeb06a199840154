"""The shop's catalogue as the public pages read it (issue #18), and the managers' shop
changes: product photos and the cooperatives' short texts.

Reads take ``db`` and plain values and return plain dicts (prices in fen).  Only *active*
products are shown; a product's availability at the hall comes from the county's stock view
(the sum of ``stock_moves.qty_milli`` of all terminals, as
:func:`~yarlung_pos.server.reports.stock_report`) and is told as one of :data:`AVAILABILITY`,
never as a count.

Changes take the signed-in :class:`OfficeUser` and refuse anyone below a manager with
:class:`~yarlung_pos.server.console.PageRefused` (403); bad input raises :class:`ShopRefused`
(an English source string for the page) and nothing is written.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata

from sqlalchemy import func, select, text

from yarlung_pos.domain import catalogue_rules as rules
from yarlung_pos.domain.model import WEIGHED_UNITS
from yarlung_pos.server import web
from yarlung_pos.server.catalogue import begin_change, end_change
from yarlung_pos.server.common import Clock, iso, now
from yarlung_pos.server.console import PageRefused
from yarlung_pos.server.console_catalogue import NO_SUCH, require_manager
from yarlung_pos.server.database import Database
from yarlung_pos.server.office_users import OfficeUser
from yarlung_pos.server.schema import CatalogueChangeRow, CategoryRow, CooperativeRow, ProductRow, StockMoveRow
from yarlung_pos.server.schema_shop import ProductPhotoRow

#: what a shop page says of a product's stock at the hall
AVAILABILITY = ("in_stock", "few_left", "sold_out")
#: at or below this level (thousandths of the unit: 5 pieces, 5 kg) a product has "few left"
FEW_LEFT_MILLI = 5000
#: a photo is resized to fit this many pixels on its longer side, JPEG quality
PHOTO_MAX_PX = 800
PHOTO_QUALITY = 80
#: the most characters of one about text
MAX_ABOUT = 500
BAD_IMAGE = web._("The file is not a photo this server can read (JPEG, PNG or WebP): nothing was stored.")
NO_IMAGE = web._("Choose a photo to upload.")
TOO_MANY_PIXELS = web._("The photo has too many pixels (at most 40 megapixels): nothing was stored.")
ABOUT_TOO_LONG = web._("The text about the cooperative is at most {n} characters.")
ABOUT_BAD = web._("The text about the cooperative has characters that cannot be stored.")
_PRODUCT = ("sku", "name_bo", "name_zh", "name_en", "category", "cooperative", "unit", "price_fen")
_COOPERATIVE = ("code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en", "about_bo",
                "about_zh", "about_en")
_CATEGORY = ("code", "name_bo", "name_zh", "name_en", "sort_order")


class ShopRefused(Exception):
    """A shop change refused (nothing written): ``message`` an English source string with
    ``{name}`` placeholders filled from ``values``; ``field`` the form field."""

    def __init__(self, field: str, message: str, **values):
        self.field, self.message, self.values = field, message, values
        super().__init__(message.format(**values) if values else message)


def availability(level_milli: int) -> str:
    """One of :data:`AVAILABILITY` for a county-wide level in thousandths of the unit."""
    if level_milli <= 0:
        return "sold_out"
    return "few_left" if level_milli <= FEW_LEFT_MILLI else "in_stock"


def _levels(s, skus: list[str]) -> dict[str, int]:
    if not skus:
        return {}
    query = (select(StockMoveRow.sku, func.sum(StockMoveRow.qty_milli)).where(StockMoveRow.sku.in_(skus))
             .group_by(StockMoveRow.sku))
    return {sku: int(level or 0) for sku, level in s.execute(query).all()}


def _product_dicts(s, where, order, limit: int | None = None) -> list[dict]:
    """Active products meeting ``where`` as dicts of :data:`_PRODUCT` plus ``weighed`` (bool),
    ``availability`` and ``photo`` (the photo's etag or ``None``)."""
    query = (select(*(getattr(ProductRow, c) for c in _PRODUCT), ProductPhotoRow.etag)
             .outerjoin(ProductPhotoRow, ProductPhotoRow.sku == ProductRow.sku)
             .where(ProductRow.active.is_(True), *where).order_by(*order))
    if limit is not None:
        query = query.limit(limit)
    rows = [{**dict(zip(_PRODUCT, r[:-1])), "photo": r[-1]} for r in s.execute(query).all()]
    levels = _levels(s, [r["sku"] for r in rows])
    for r in rows:
        r["weighed"] = r["unit"] in WEIGHED_UNITS
        r["availability"] = availability(levels.get(r["sku"], 0))
    return rows


def _party(s, model, code: str, columns) -> dict | None:
    row = s.get(model, code)
    return None if row is None else {c: getattr(row, c) for c in columns}


def product_view(db: Database, sku: str, more: int = 8) -> dict | None:
    """The active product ``sku`` for its page: ``{"product": {…, "weighed", "availability",
    "photo"}, "cooperative": {code, names, towns, abouts} | None, "category": {…} | None,
    "more": [up to ``more`` other active products of the same cooperative, by SKU]}``; ``None``
    when there is no such active product."""
    code = rules.normal_code(sku or "")[:64]
    with db.read() as s:
        found = _product_dicts(s, [ProductRow.sku == code], [ProductRow.sku])
        if not found:
            return None
        product = found[0]
        return {"product": product,
                "cooperative": _party(s, CooperativeRow, product["cooperative"], _COOPERATIVE),
                "category": _party(s, CategoryRow, product["category"], _CATEGORY),
                "more": _product_dicts(s, [ProductRow.cooperative == product["cooperative"], ProductRow.sku != code],
                                       [ProductRow.sku], more)}


def shop_index(db: Database, featured: int = 8) -> dict:
    """The shop's front page: ``{"categories": [{…, "products": n}], "cooperatives": [{…,
    "products": n}]`` (only those with active products; categories by sort order, cooperatives
    by code), ``"featured": [up to ``featured`` active products in stock, those with a photo
    first, then by SKU]}``."""
    with db.read() as s:
        def counted(model, ref, columns, order):
            counts = (select(ref.label("code"), func.count().label("n")).where(ProductRow.active.is_(True))
                      .group_by(ref).subquery())
            query = (select(*(getattr(model, c) for c in columns), counts.c.n)
                     .join(counts, counts.c.code == model.code).order_by(*order))
            return [{**dict(zip(columns, r[:-1])), "products": int(r[-1])} for r in s.execute(query).all()]
        categories = counted(CategoryRow, ProductRow.category, _CATEGORY, (CategoryRow.sort_order, CategoryRow.code))
        cooperatives = counted(CooperativeRow, ProductRow.cooperative, _COOPERATIVE, (CooperativeRow.code,))
        goods = _product_dicts(s, [], [ProductPhotoRow.etag.is_(None), ProductRow.sku], 4 * featured)
    chosen = [g for g in goods if g["availability"] != "sold_out"][:featured] or goods[:featured]
    return {"categories": categories, "cooperatives": cooperatives, "featured": chosen}


def party_goods(db: Database, kind: str, code: str) -> dict | None:
    """A cooperative's (``kind`` ``"cooperatives"``) or category's (``"categories"``) page:
    ``{"party": {…columns}, "goods": [active products by SKU]}``; ``None`` when ``code`` names
    none or it has no active product."""
    model, columns, ref = ((CooperativeRow, _COOPERATIVE, ProductRow.cooperative) if kind == "cooperatives"
                           else (CategoryRow, _CATEGORY, ProductRow.category))
    with db.read() as s:
        party = _party(s, model, rules.normal_code(code or "")[:32], columns)
        if party is None:
            return None
        goods = _product_dicts(s, [ref == party["code"]], [ProductRow.sku])
    return {"party": party, "goods": goods} if goods else None


def photo(db: Database, sku: str) -> tuple[bytes, str] | None:
    """The JPEG bytes and etag of an *active* product's photo, else ``None``."""
    with db.read() as s:
        row = s.execute(select(ProductPhotoRow.jpeg, ProductPhotoRow.etag)
                        .join(ProductRow, ProductRow.sku == ProductPhotoRow.sku)
                        .where(ProductPhotoRow.sku == rules.normal_code(sku or "")[:64],
                               ProductRow.active.is_(True))).first()
    return None if row is None else (bytes(row[0]), row[1])


def photo_info(db: Database, sku: str) -> dict | None:
    """``{"width", "height", "bytes", "etag", "updated_at", "updated_by"}`` of ``sku``'s photo
    (active or not), else ``None``: for the console's product form."""
    with db.read() as s:
        row = s.get(ProductPhotoRow, rules.normal_code(sku or "")[:64])
        return None if row is None else {"width": row.width, "height": row.height, "bytes": len(row.jpeg),
                                         "etag": row.etag, "updated_at": row.updated_at,
                                         "updated_by": row.updated_by}


_VERSION_SQL = text("SELECT (SELECT max(id) FROM catalogue_changes), (SELECT max(id) FROM stock_moves), "
                    "(SELECT count(*) FROM product_photos), (SELECT max(updated_at) FROM product_photos)")


def data_version(db: Database) -> tuple:
    """What the shop's pages show changes only when this tuple does: the newest catalogue
    change, the newest stock move, the photos' count and newest time (one cheap query; the
    rendered pages are cached by it)."""
    with db.read() as s:
        return tuple(s.execute(_VERSION_SQL).one())


def about_texts(db: Database, code: str) -> dict[str, str]:
    """The cooperative ``code``'s ``{"about_bo", "about_zh", "about_en"}`` (empty when none)."""
    with db.read() as s:
        row = s.get(CooperativeRow, rules.normal_code(code or "")[:32])
        return {k: (getattr(row, k) or "") if row is not None else "" for k in ("about_bo", "about_zh", "about_en")}


def catalogue_texts(db: Database) -> tuple[int, list[str]]:
    """The newest catalogue change number and every text the shop pages show of the catalogue
    (names, towns, about texts): what the Chinese font subset must cover."""
    with db.read() as s:
        newest = s.scalar(select(func.max(CatalogueChangeRow.id))) or 0
        texts: list[str] = []
        for model, columns in ((ProductRow, _PRODUCT[1:4]), (CategoryRow, _CATEGORY[1:4]),
                               (CooperativeRow, _COOPERATIVE[1:])):
            for row in s.execute(select(*(getattr(model, c) for c in columns))).all():
                texts.extend(v for v in row if v)
    return newest, texts


# ---------------------------------------------------------------- managers' changes

def resize_photo(data: bytes) -> tuple[bytes, int, int]:
    """``data`` (JPEG, PNG, WebP … as Pillow reads it) as a JPEG of at most
    :data:`PHOTO_MAX_PX` on its longer side (turned upright by its EXIF orientation, RGB,
    quality :data:`PHOTO_QUALITY`): ``(jpeg bytes, width, height)``.  Raises
    :class:`ShopRefused` (field ``photo``) for no data, data that is not an image, or an image
    of more than 40 megapixels."""
    from PIL import Image, ImageOps, UnidentifiedImageError
    if not data:
        raise ShopRefused("photo", NO_IMAGE)
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.width * im.height > 40_000_000:
                raise ShopRefused("photo", TOO_MANY_PIXELS)
            im.load()
            im = ImageOps.exif_transpose(im)
            if im.mode != "RGB":
                background = Image.new("RGB", im.size, (255, 255, 255))
                rgba = im.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                im = background
            im.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            im.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True, progressive=True)
            return out.getvalue(), im.width, im.height
    except ShopRefused:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise ShopRefused("photo", BAD_IMAGE) from None


def save_photo(db: Database, who: OfficeUser, sku: str, data: bytes, *, clock: Clock = now) -> dict:
    """Store the uploaded photo ``data`` of product ``sku`` for the manager ``who``, resized
    (:func:`resize_photo`), replacing any earlier one: ``{"sku", "width", "height", "bytes",
    "etag"}``.  Raises :class:`PageRefused` 403 for a viewer, 404 for an unknown SKU,
    :class:`ShopRefused` for a bad image (nothing stored)."""
    require_manager(who)
    code = rules.normal_code(sku or "")[:64]
    jpeg, width, height = resize_photo(data)
    etag = hashlib.sha256(jpeg).hexdigest()
    with db.write() as s:
        if s.get(ProductRow, code) is None:
            raise PageRefused(404, NO_SUCH["products"], key=code)
        row = s.get(ProductPhotoRow, code)
        if row is None:
            row = ProductPhotoRow(sku=code)
            s.add(row)
        row.jpeg, row.width, row.height, row.etag = jpeg, width, height, etag
        row.updated_at, row.updated_by = iso(clock()), who.username
    return {"sku": code, "width": width, "height": height, "bytes": len(jpeg), "etag": etag}


def check_about(text: str) -> str:
    """An about text as stored: NFC, spaces tidied, at most :data:`MAX_ABOUT` characters, no
    control characters but line breaks.  Raises :class:`ShopRefused` (field ``about``)."""
    text = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n")).strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ShopRefused("about", ABOUT_BAD) from None
    if any(unicodedata.category(c) == "Cc" and c != "\n" for c in text):
        raise ShopRefused("about", ABOUT_BAD)
    if len(text) > MAX_ABOUT:
        raise ShopRefused("about", ABOUT_TOO_LONG, n=MAX_ABOUT)
    return text


def save_about(db: Database, who: OfficeUser, code: str, about: dict[str, str], *, clock: Clock = now) -> bool:
    """Set the cooperative ``code``'s about texts (``about`` keyed ``about_bo``/``about_zh``/
    ``about_en``; a key left out keeps its text) for the manager ``who``; True when one changed.
    Written as a catalogue change of its own (the shop's font subset follows the newest change)
    that leaves the cooperative's change number alone: the tills do not pull these texts.
    Raises :class:`PageRefused` 403/404, :class:`ShopRefused` (field ``about_xx``)."""
    require_manager(who)
    clean = {}
    for key in ("about_bo", "about_zh", "about_en"):
        if key in about:
            try:
                clean[key] = check_about(about[key])
            except ShopRefused as exc:
                raise ShopRefused(key, exc.message, **exc.values) from None
    key = rules.normal_code(code or "")[:32]
    with db.write() as s:
        change = begin_change(s, f"console about {key}", clock)
        row = s.get(CooperativeRow, key)
        if row is None:
            raise PageRefused(404, NO_SUCH["cooperatives"], key=key)
        changed = [k for k, v in clean.items() if getattr(row, k) != v]
        for k in changed:
            setattr(row, k, clean[k])
        end_change(s, change, len(changed))
    return bool(changed)
