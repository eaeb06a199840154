"""The catalogue rulebook: what a product, a category and a cooperative may hold.

One checker per field.  Each takes the value as typed (text, or an ``int``/``bool`` where the
editor already has one) and returns it normalised, or raises :class:`CatalogueRuleError` naming
the field (the CSV column name: ``sku``, ``barcode``, ``name_bo`` … ``price_fen``,
``sort_order``, ``town_bo`` …) with a one-line reason.  The CSV import, the back-office editor
and the county server all call these, so the same value gets the same verdict and the same
reason everywhere.

Normalisation, the same for every field:

* leading and trailing white space of any kind (NBSP, ideographic space U+3000 …) is dropped,
  zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are dropped wherever they are, and a
  run of white space inside a name becomes one plain space;
* codes, SKUs, barcodes, units and numbers are ASCII: their full-width forms (``ＷＩＮＥ－００１``,
  ``１２``, typed with a Chinese input method) are read as ASCII.  Nothing else is converted: a
  superscript ``²``, Arabic-Indic ``٣`` or Roman ``Ⅻ`` is refused, never read as a number.

Names:

* ``name_bo`` / ``town_bo``: Tibetan script — at least one Tibetan letter, no letter of
  another script, digits 0–9 or ༠–༩, and a vowel sign or subjoined letter only after a letter;
* ``name_zh`` / ``town_zh``: at least one Chinese character; Latin letters may appear
  (``T恤``), Tibetan ones may not;
* ``name_en`` / ``town_en``: at least one Latin letter; no Chinese or Tibetan;
* at most :data:`MAX_NAME_CHARS` characters, one line, no control or invisible characters and
  nothing the till's fonts cannot show (emoji).  Names are required, towns optional.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, UNITS, Category, Cooperative, DomainError
from yarlung_pos.domain.money import MAX_AMOUNT_FEN, InvalidAmount, parse_yuan
from yarlung_pos.domain.scan import SKU_PATTERN, is_valid_gtin

# most characters (code points) of a name or town
MAX_NAME_CHARS = 200
# most fen a catalogue price may be (￥1,000,000, the largest amount the till reads)
MAX_PRICE_FEN = MAX_AMOUNT_FEN
# most digits of a sort order (the county server's column is a 32-bit integer)
MAX_SORT_DIGITS = 9
NAME_FIELDS = ("name_bo", "name_zh", "name_en")
TOWN_FIELDS = ("town_bo", "town_zh", "town_en")
PRODUCT_FIELDS = ("sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative", "unit",
                  "price_fen", "active")
CATEGORY_FIELDS = ("code", "name_bo", "name_zh", "name_en", "sort_order")
COOPERATIVE_FIELDS = ("code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en")

_CODE = re.compile(r"^[A-Z0-9_-]{1,32}$", re.ASCII)
_SORT = re.compile(r"^-?[0-9]{1,%d}$" % MAX_SORT_DIGITS, re.ASCII)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_TRUE, _FALSE = ("1", "true", "yes"), ("0", "false", "no")
_TSHEG_LIKE = "\u0f0b\u0f0c\u0f0d\u0f0e"


class CatalogueRuleError(DomainError):
    """A catalogue value the rulebook refuses.  ``field`` is the field at fault (its CSV column
    name); ``template``/``params`` the translatable one-line reason (context ``"DomainError"``),
    ``str(error)`` its English form."""

    def __init__(self, field: str, template: str, **params):
        self.field = field
        super().__init__(template, **params)


# ---------------------------------------------------------------- normalising


def shown(text: str, limit: int = 40) -> str:
    """``text`` as it appears in a reason: quoted, invisible characters escaped (``'\\xa0'``),
    line breaks too (a reason stays one line), cut to ``limit`` characters."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _char(ch: str) -> str:
    return f"{ch!r} U+{ord(ch):04X}"


def _text(field: str, value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CatalogueRuleError(field, QT_TRANSLATE_NOOP("DomainError", "{what} must be text, not {text}"),
                                 what=field, text=shown(repr(value)))
    return value


def tidy(value: str) -> str:
    """``value`` without zero-width characters, leading/trailing white space of any kind, and
    with each run of inner white space as one plain space (the rulebook's one normalisation of
    text)."""
    return " ".join(value.translate(_ZERO_WIDTH).split())


def ascii_form(value: str) -> str:
    """Full-width ASCII forms (``Ａ``, ``１``, ``－``, U+3000) read as ASCII, then :func:`tidy`."""
    return tidy(value.translate(_FULL_WIDTH))


# ---------------------------------------------------------------- codes


def check_sku(value: object) -> str:
    """An SKU: 1–64 ASCII letters, digits, ``.``, ``-`` or ``_``, starting with a letter or
    digit; returned upper-case."""
    text = ascii_form(_text("sku", value))
    sku = text.upper() if text.isascii() else text
    if not SKU_PATTERN.match(sku):
        raise CatalogueRuleError("sku", QT_TRANSLATE_NOOP(
            "DomainError", "an SKU is 1–64 letters, digits, '.', '-' or '_': {sku}"), sku=shown(text, 64))
    return sku


def normal_code(value: str) -> str:
    """``value`` as :func:`check_sku` or :func:`check_code` would store it, without judging
    it (to look an entry up, or to name it in a reason)."""
    text = ascii_form(value)
    return text.upper() if text.isascii() else text


def check_code(value: object, field: str = "code") -> str:
    """A category or cooperative code: 1–32 ASCII letters, digits, ``-`` or ``_``; returned
    upper-case."""
    text = ascii_form(_text(field, value))
    code = text.upper() if text.isascii() else text
    if not _CODE.match(code):
        raise CatalogueRuleError(field, QT_TRANSLATE_NOOP(
            "DomainError", "a code is 1–32 letters, digits, '-' or '_': {code}"), code=shown(text, 32))
    return code


def check_reference(field: str, value: object, known: Collection[str]) -> str:
    """The code of an existing category (``field`` ``"category"``) or cooperative
    (``"cooperative"``): upper-cased, and one of ``known``."""
    text = ascii_form(_text(field, value))
    code = text.upper() if text.isascii() else text
    if code in known:
        return code
    if field == "category":
        if not known:
            raise CatalogueRuleError(field, QT_TRANSLATE_NOOP(
                "DomainError", "unknown category {code}: there are no categories yet (import them first)"),
                code=shown(text, 32))
        names = sorted(known)
        raise CatalogueRuleError(field, QT_TRANSLATE_NOOP("DomainError", "unknown category {code} (known: {known})"),
                                 code=shown(text, 32),
                                 known=", ".join(names[:12]) + (", …" if len(names) > 12 else ""))
    if not known:
        raise CatalogueRuleError(field, QT_TRANSLATE_NOOP(
            "DomainError", "unknown cooperative {code}: there are no cooperatives yet (import them first)"),
            code=shown(text, 32))
    raise CatalogueRuleError(field, QT_TRANSLATE_NOOP("DomainError", "unknown cooperative {code}"),
                             code=shown(text, 32))


def check_barcode(value: object) -> str | None:
    """A barcode: empty (``None``) or an EAN-13, EAN-8 or UPC-A whose GS1 check digit is right;
    a UPC-A is returned widened to EAN-13 (a leading ``0``)."""
    text = ascii_form(_text("barcode", value))
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and len(text) in (8, 12, 13)):
        raise CatalogueRuleError("barcode", QT_TRANSLATE_NOOP(
            "DomainError", "a barcode is 8, 12 or 13 digits (EAN-8, UPC-A, EAN-13): {code}"), code=shown(text))
    if not is_valid_gtin(text):
        raise CatalogueRuleError("barcode", QT_TRANSLATE_NOOP(
            "DomainError", "not a valid EAN-13/EAN-8/UPC-A barcode (check digit): {code}"), code=shown(text))
    return "0" + text if len(text) == 12 else text


def barcode_taken(code: str, owner: str) -> CatalogueRuleError:
    """The error for barcode ``code`` that already belongs to the product ``owner`` (SKU)."""
    return CatalogueRuleError("barcode", QT_TRANSLATE_NOOP("DomainError", "barcode {code} already belongs to {sku}"),
                              code=code, sku=owner)


def check_unit(value: object) -> str:
    """A unit code, one of :data:`yarlung_pos.domain.model.UNITS` (case-free); returned lower-case."""
    text = ascii_form(_text("unit", value))
    unit = text.lower() if text.isascii() else text
    if unit not in UNITS:
        raise CatalogueRuleError("unit", QT_TRANSLATE_NOOP("DomainError", "unknown unit {unit} (one of: {units})"),
                                 unit=shown(text, 20), units=", ".join(UNITS))
    return unit


# ---------------------------------------------------------------- numbers


def _whole(field: str, value: object) -> int | str:
    """An ``int`` as it is (``bool`` refused), text as ASCII-form text."""
    if isinstance(value, bool):
        raise CatalogueRuleError(field, QT_TRANSLATE_NOOP("DomainError", "{what} must be a number, not {text}"),
                                 what=field, text=repr(value))
    if isinstance(value, int):
        return value
    return ascii_form(_text(field, value))


def _price_range(fen: int) -> int:
    if not 0 < fen <= MAX_PRICE_FEN:
        raise CatalogueRuleError("price_fen", QT_TRANSLATE_NOOP(
            "DomainError", "the price must be above zero and at most ￥1,000,000"))
    return fen


def check_price_fen(value: object) -> int:
    """A price in whole fen, 1 to :data:`MAX_PRICE_FEN`: an ``int``, or text of the digits
    0–9 only (no sign, decimal point, exponent or NaN; the rule of
    :func:`yarlung_pos.domain.money.parse_yuan`)."""
    v = _whole("price_fen", value)
    if isinstance(v, int):
        return _price_range(v)
    if not (v.isascii() and v.isdigit()):
        raise CatalogueRuleError("price_fen", QT_TRANSLATE_NOOP(
            "DomainError", "a price is a whole number of fen (digits 0–9): {text}"), text=shown(v, 20))
    digits = v.lstrip("0")
    return _price_range(int(digits or "0") if len(digits) <= 10 else MAX_PRICE_FEN + 1)


def check_price_yuan(value: object) -> int:
    """A price typed in yuan (``"12.50"``, ``"￥12.5"``) as fen, read by
    :func:`yarlung_pos.domain.money.parse_yuan`; 1 fen to ￥1,000,000."""
    text = ascii_form(_text("price_fen", value))
    try:
        fen = parse_yuan(text)
    except InvalidAmount:
        raise CatalogueRuleError("price_fen", QT_TRANSLATE_NOOP(
            "DomainError", "the price is in yuan with at most two decimals (like 12.50), not {text}"),
            text=shown(text, 20)) from None
    return _price_range(fen)


def check_sort_order(value: object) -> int:
    """A category's place in the till's list: a whole number of at most
    :data:`MAX_SORT_DIGITS` digits, optionally negative; empty means 0."""
    v = _whole("sort_order", value)
    if isinstance(v, int):
        if abs(v) < 10 ** MAX_SORT_DIGITS:
            return v
        v = str(v)
    elif not v:
        return 0
    elif _SORT.match(v):
        return int(v)
    raise CatalogueRuleError("sort_order", QT_TRANSLATE_NOOP(
        "DomainError", "the sort order is a whole number (digits 0–9, at most 9 of them): {text}"), text=shown(v, 20))


def check_active(value: object) -> bool:
    """Whether a product is sold: ``True``/``False``, 1/0, or the text 1/0, yes/no, true/false
    (case-free); empty means active."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = ascii_form(_text("active", value)) if isinstance(value, str) or value is None else repr(value)
    if not text or text.lower() in _TRUE:
        return True
    if text.lower() in _FALSE:
        return False
    raise CatalogueRuleError("active", QT_TRANSLATE_NOOP("DomainError", "active is 1 or 0 (yes/no): {text}"),
                             text=shown(text, 20))


# ---------------------------------------------------------------- names


def _is_tibetan(ch: str) -> bool:
    return "\u0f00" <= ch <= "\u0fff"


def _is_han(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")) \
        or ch in "\u3005\u3007"


def _is_latin(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


_SCRIPT_LETTER = {"bo": _is_tibetan, "zh": lambda ch: _is_han(ch) or _is_latin(ch), "en": _is_latin}
_DIGITS = {"bo": "0123456789\u0f20\u0f21\u0f22\u0f23\u0f24\u0f25\u0f26\u0f27\u0f28\u0f29",
           "zh": "0123456789", "en": "0123456789"}
_MISSING = {
    "name_bo": QT_TRANSLATE_NOOP(
        "DomainError", "the Tibetan name is missing (every entry needs Tibetan, Chinese and English names)"),
    "name_zh": QT_TRANSLATE_NOOP(
        "DomainError", "the Chinese name is missing (every entry needs Tibetan, Chinese and English names)"),
    "name_en": QT_TRANSLATE_NOOP(
        "DomainError", "the English name is missing (every entry needs Tibetan, Chinese and English names)"),
}
_NO_SCRIPT = {
    "name_bo": QT_TRANSLATE_NOOP("DomainError", "the Tibetan name has no Tibetan letters: {text}"),
    "name_zh": QT_TRANSLATE_NOOP("DomainError", "the Chinese name has no Chinese characters: {text}"),
    "name_en": QT_TRANSLATE_NOOP("DomainError", "the English name has no Latin letters: {text}"),
    "town_bo": QT_TRANSLATE_NOOP("DomainError", "the Tibetan town has no Tibetan letters: {text}"),
    "town_zh": QT_TRANSLATE_NOOP("DomainError", "the Chinese town has no Chinese characters: {text}"),
    "town_en": QT_TRANSLATE_NOOP("DomainError", "the English town has no Latin letters: {text}"),
}
_WANTED = {"bo": lambda ch: _is_tibetan(ch) and unicodedata.category(ch) == "Lo", "zh": _is_han, "en": _is_latin}


def _bad_char(script: str, text: str) -> tuple[str, str] | None:
    """The first character ``text`` may not hold in a name of ``script``, and the template
    saying why; ``None`` when every character is allowed."""
    for i, ch in enumerate(text):
        cat = unicodedata.category(ch)
        if cat[0] in "LM":
            if not _SCRIPT_LETTER[script](ch) and not (script != "bo" and cat[0] == "M" and _is_latin_mark(ch)):
                return ch, QT_TRANSLATE_NOOP("DomainError", "a name has a letter of another script ({char}): {text}")
            if script == "bo" and _is_tibetan_combining(ch):
                prev = text[i - 1] if i else ""
                if not prev or not _is_tibetan(prev) or unicodedata.category(prev)[0] not in "LM":
                    return ch, QT_TRANSLATE_NOOP(
                        "DomainError", "a vowel sign or subjoined letter must follow a Tibetan letter: {text}")
        elif cat == "Nd":
            if ch not in _DIGITS[script]:
                return ch, QT_TRANSLATE_NOOP("DomainError", "a name has digits of another script ({char}): {text}")
        elif cat[0] == "C" or cat in ("Zl", "Zp"):
            return ch, QT_TRANSLATE_NOOP("DomainError", "a name has a control or invisible character ({char}): {text}")
        elif ord(ch) > 0xFFFF:
            return ch, QT_TRANSLATE_NOOP("DomainError", "a name has a character the till cannot show ({char}): {text}")
    return None


def _is_latin_mark(ch: str) -> bool:
    return "\u0300" <= ch <= "\u036f"  # combining diacritics of pinyin and Latin names


def _is_tibetan_combining(ch: str) -> bool:
    return "\u0f71" <= ch <= "\u0f84" or ch in "\u0f86\u0f87" or "\u0f8d" <= ch <= "\u0fbc"


def _check_text(field: str, value: object, required: bool) -> str:
    text = tidy(_text(field, value))
    if not text:
        if required:
            raise CatalogueRuleError(field, _MISSING[field])
        return ""
    if len(text) > MAX_NAME_CHARS:
        raise CatalogueRuleError(field, QT_TRANSLATE_NOOP("DomainError", "a name is longer than 200 characters"))
    script = field.rsplit("_", 1)[1]
    if not any(_WANTED[script](ch) for ch in text):
        raise CatalogueRuleError(field, _NO_SCRIPT[field], text=shown(text))
    bad = _bad_char(script, text)
    if bad is not None:
        raise CatalogueRuleError(field, bad[1], char=_char(bad[0]), text=shown(text))
    return text


def check_name(field: str, value: object) -> str:
    """A required name, ``field`` one of :data:`NAME_FIELDS` (its script is the suffix);
    returned tidied (see the module's rules)."""
    if field not in NAME_FIELDS:
        raise ValueError(f"not a name field: {field!r}")
    return _check_text(field, value, required=True)


def check_town(field: str, value: object) -> str:
    """A cooperative's town, ``field`` one of :data:`TOWN_FIELDS`: empty, or text by the rules
    of the name of the same script; returned tidied."""
    if field not in TOWN_FIELDS:
        raise ValueError(f"not a town field: {field!r}")
    return _check_text(field, value, required=False)


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class ProductRecord:
    """A product as the rulebook accepts it (normalised): codes upper-case, ``barcode`` an
    EAN-13/EAN-8 or ``None``, ``price_fen`` in fen per ``unit``."""

    sku: str
    barcode: str | None
    name_bo: str
    name_zh: str
    name_en: str
    category: str
    cooperative: str
    unit: str
    price_fen: int
    active: bool = True


@dataclass(frozen=True)
class Review:
    """What the rulebook found in one record: the normalised ``record`` (``None`` when any field
    is refused) and every refused field's error, in field order."""

    record: ProductRecord | Category | Cooperative | None
    errors: tuple[CatalogueRuleError, ...]

    def accepted(self):
        """The record; raises the first error when there is one."""
        if self.errors:
            raise self.errors[0]
        return self.record


def _review(checks, make) -> Review:
    values, errors = {}, []
    for field, check in checks:
        try:
            values[field] = check()
        except CatalogueRuleError as exc:
            errors.append(exc)
    return Review(None if errors else make(**values), tuple(errors))


def review_product(values: Mapping[str, object], categories: Collection[str] | None = None,
                   cooperatives: Collection[str] | None = None) -> Review:
    """Check every field of a product (keys of :data:`PRODUCT_FIELDS`; ``barcode`` and
    ``active`` may be left out).  ``categories``/``cooperatives`` are the codes that exist;
    ``None`` checks only that the code is well formed.  Returns a :class:`Review` of
    :class:`ProductRecord`."""
    def ref(field, known):
        return lambda: check_code(values.get(field), field) if known is None else \
            check_reference(field, values.get(field), known)
    return _review((("sku", lambda: check_sku(values.get("sku"))),
                    ("barcode", lambda: check_barcode(values.get("barcode"))),
                    *((f, (lambda f=f: check_name(f, values.get(f)))) for f in NAME_FIELDS),
                    ("category", ref("category", categories)),
                    ("cooperative", ref("cooperative", cooperatives)),
                    ("unit", lambda: check_unit(values.get("unit"))),
                    ("price_fen", lambda: check_price_fen(values.get("price_fen"))),
                    ("active", lambda: check_active(values.get("active")))), ProductRecord)


def review_category(values: Mapping[str, object]) -> Review:
    """Check a category (keys of :data:`CATEGORY_FIELDS`; ``sort_order`` may be left out).
    Returns a :class:`Review` of :class:`~yarlung_pos.domain.model.Category`."""
    return _review((("code", lambda: check_code(values.get("code"))),
                    *((f, (lambda f=f: check_name(f, values.get(f)))) for f in NAME_FIELDS),
                    ("sort_order", lambda: check_sort_order(values.get("sort_order")))), Category)


def review_cooperative(values: Mapping[str, object]) -> Review:
    """Check a cooperative (keys of :data:`COOPERATIVE_FIELDS`; towns may be left out).
    Returns a :class:`Review` of :class:`~yarlung_pos.domain.model.Cooperative`."""
    return _review((("code", lambda: check_code(values.get("code"))),
                    *((f, (lambda f=f: check_name(f, values.get(f)))) for f in NAME_FIELDS),
                    *((f, (lambda f=f: check_town(f, values.get(f)))) for f in TOWN_FIELDS)), Cooperative)


def check_product(values: Mapping[str, object], categories: Collection[str] | None = None,
                  cooperatives: Collection[str] | None = None) -> ProductRecord:
    """:func:`review_product`, raising the first :class:`CatalogueRuleError`."""
    return review_product(values, categories, cooperatives).accepted()


def check_category(values: Mapping[str, object]) -> Category:
    """:func:`review_category`, raising the first :class:`CatalogueRuleError`."""
    return review_category(values).accepted()


def check_cooperative(values: Mapping[str, object]) -> Cooperative:
    """:func:`review_cooperative`, raising the first :class:`CatalogueRuleError`."""
    return review_cooperative(values).accepted()
