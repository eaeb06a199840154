"""Validate the demo catalogue CSVs in assets/demo/.

Plain csv + stdlib only (no project imports), so the data can be checked
before any loader exists.  Each test guards one property of the data set.
"""
from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

DEMO_DIR = Path(__file__).resolve().parents[2] / "assets" / "demo"

HEADERS = {
    "categories.csv": ["code", "name_bo", "name_zh", "name_en", "sort_order"],
    "cooperatives.csv": ["code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en"],
    "products.csv": ["sku", "barcode", "name_bo", "name_zh", "name_en", "category",
                     "cooperative", "unit", "price_fen", "active"],
    "stock.csv": ["sku", "qty"],
}

UNITS = {"piece", "bottle", "kg", "jar", "bag", "box", "pair", "pack"}

ARTICLE_COOPERATIVES = [
    "Chamchen Highland Barley Wine Brewing Specialized Cooperative",
    "Jiangse Agricultural Products Cooperative",
    "Dorje Wrought Iron Cooperative",
    "Dawa Drolma Ethnic Handicraft Cooperative",
    "Hongxing Farmers and Herdsmen's Specialized Cooperative",
    "Sailong Cooperative",
    "Yarlung Ajia Green Food Co., Ltd.",
]

BRAND_KEYWORDS = [
    "Duoji", "Qiongyu", "Dawa Drolma", "Chamchen", "Ajia", "Bazhayi",
    "Riwo Dechen", "Jixiang Hailuo", "Gyaimain", "Debuling",
]

CODE_RE = re.compile(r"^[A-Z0-9_]{1,16}$")
SKU_RE = re.compile(r"^[A-Z]{2,6}-[0-9]{3}$")
PRICE_RE = re.compile(r"^[1-9][0-9]*$")
QTY_RE = re.compile(r"^[0-9]+(\.[0-9]{1,3})?$")

TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
CJK = re.compile(r"[\u4E00-\u9FFF]")
TSHEG = "\u0F0B"
# Tibetan combining marks: vowel signs etc. (U+0F71-U+0F84) and subjoined letters (U+0F90-U+0FBC)
TIBETAN_COMBINING = re.compile(r"[\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0FBC]")
TIBETAN_SUBJOINED = re.compile(r"[\u0F90-\u0FBC]")


# --------------------------------------------------------------------------- helpers
def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    path = DEMO_DIR / name
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        rows = [dict(zip(header, rec)) for rec in reader]
    return header, rows


@pytest.fixture(scope="module")
def categories() -> list[dict[str, str]]:
    return _read("categories.csv")[1]


@pytest.fixture(scope="module")
def cooperatives() -> list[dict[str, str]]:
    return _read("cooperatives.csv")[1]


@pytest.fixture(scope="module")
def products() -> list[dict[str, str]]:
    return _read("products.csv")[1]


@pytest.fixture(scope="module")
def stock() -> list[dict[str, str]]:
    return _read("stock.csv")[1]


def ean13_ok(code: str) -> bool:
    if not re.fullmatch(r"[0-9]{13}", code):
        return False
    digits = [int(c) for c in code]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


# --------------------------------------------------------------------------- file format
@pytest.mark.parametrize("name", sorted(HEADERS))
def test_file_is_utf8_lf_without_bom(name):
    raw = (DEMO_DIR / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name} has a UTF-8 BOM"
    raw.decode("utf-8")  # raises if not UTF-8
    assert b"\r" not in raw, f"{name} must use LF line endings"
    assert raw.endswith(b"\n"), f"{name} must end with a newline"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_is_exact(name):
    header, _rows = _read(name)
    assert header == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_rows_have_header_width(name):
    path = DEMO_DIR / name
    with path.open(encoding="utf-8", newline="") as fh:
        records = list(csv.reader(fh))
    width = len(HEADERS[name])
    bad = [i + 1 for i, rec in enumerate(records) if len(rec) != width]
    assert not bad, f"{name}: lines with wrong number of fields: {bad}"


# --------------------------------------------------------------------------- categories / cooperatives
def test_six_categories_with_valid_codes(categories):
    codes = [c["code"] for c in categories]
    assert len(codes) == 6, codes
    assert len(set(codes)) == len(codes), "duplicate category code"
    assert all(CODE_RE.match(c) for c in codes), codes
    orders = [c["sort_order"] for c in categories]
    assert all(re.fullmatch(r"-?[0-9]+", o) for o in orders), orders
    assert len(set(orders)) == len(orders), "duplicate sort_order"


def test_cooperative_codes_valid_and_unique(cooperatives):
    codes = [c["code"] for c in cooperatives]
    assert 10 <= len(codes) <= 14, len(codes)
    assert len(set(codes)) == len(codes), "duplicate cooperative code"
    assert all(CODE_RE.match(c) for c in codes), codes


@pytest.mark.parametrize("name_en", ARTICLE_COOPERATIVES)
def test_article_cooperative_present(cooperatives, name_en):
    assert name_en in {c["name_en"] for c in cooperatives}


# --------------------------------------------------------------------------- names / scripts
def _name_rows(categories, cooperatives, products):
    for label, rows, key, fields in (
        ("categories", categories, "code", ("name_bo", "name_zh", "name_en")),
        ("cooperatives", cooperatives, "code",
         ("name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en")),
        ("products", products, "sku", ("name_bo", "name_zh", "name_en")),
    ):
        for row in rows:
            for field in fields:
                yield f"{label}:{row.get(key)}:{field}", field, row.get(field) or ""


def test_no_empty_names(categories, cooperatives, products):
    empty = [where for where, _f, value in _name_rows(categories, cooperatives, products)
             if not value.strip()]
    assert not empty, empty


def test_bo_fields_are_tibetan_script(categories, cooperatives, products):
    bad = []
    for where, field, value in _name_rows(categories, cooperatives, products):
        if field.endswith("_bo"):
            # must contain Tibetan letters and must not be Latin transliteration (Wylie)
            if not TIBETAN.search(value) or re.search(r"[A-Za-z]", value):
                bad.append((where, value))
    assert not bad, bad


def test_zh_fields_contain_cjk(categories, cooperatives, products):
    bad = [(where, value) for where, field, value in _name_rows(categories, cooperatives, products)
           if field.endswith("_zh") and not CJK.search(value)]
    assert not bad, bad


def test_en_fields_are_latin(categories, cooperatives, products):
    bad = [(where, value) for where, field, value in _name_rows(categories, cooperatives, products)
           if field.endswith("_en") and (TIBETAN.search(value) or CJK.search(value)
                                         or not re.search(r"[A-Za-z]", value))]
    assert not bad, bad


def test_tibetan_marks_attach_to_a_letter(categories, cooperatives, products):
    """A vowel sign or subjoined letter may never start a syllable (broken stacks)."""
    bad = []
    for where, field, value in _name_rows(categories, cooperatives, products):
        if not field.endswith("_bo"):
            continue
        for i, ch in enumerate(value):
            if TIBETAN_COMBINING.match(ch):
                prev = value[i - 1] if i else ""
                if not prev or prev == TSHEG or not TIBETAN.match(prev) or prev in "\u0F0C\u0F0D\u0F0E":
                    bad.append((where, value, i))
                    break
    assert not bad, bad


def test_has_long_stacked_tibetan_name(products):
    """Receipt wrapping needs at least one long name with stacked consonants."""
    def syllables(text):
        return [s for s in re.split(r"[\u0F0B\u0F0D\s]+", text) if TIBETAN.search(s)]

    long_names = [p["name_bo"] for p in products
                  if len(syllables(p["name_bo"])) >= 8 and TIBETAN_SUBJOINED.search(p["name_bo"])]
    assert long_names


# --------------------------------------------------------------------------- products
def test_at_least_70_products(products):
    assert len(products) >= 70, len(products)


def test_sku_pattern(products):
    bad = [p["sku"] for p in products if not SKU_RE.match(p["sku"])]
    assert not bad, bad


def test_sku_unique(products):
    skus = [p["sku"] for p in products]
    dupes = sorted({s for s in skus if skus.count(s) > 1})
    assert not dupes, dupes


def test_price_is_positive_integer_fen(products):
    bad = [(p["sku"], p["price_fen"]) for p in products if not PRICE_RE.match(p["price_fen"])]
    assert not bad, bad


def test_units_are_known(products):
    bad = [(p["sku"], p["unit"]) for p in products if p["unit"] not in UNITS]
    assert not bad, bad


def test_at_least_5_kg_products(products):
    assert sum(p["unit"] == "kg" for p in products) >= 5


def test_active_flag(products):
    flags = [p["active"] for p in products]
    assert set(flags) <= {"0", "1"}, set(flags)
    assert "1" in flags and "0" in flags, "demo needs active and discontinued products"


def test_barcodes_are_valid_ean13(products):
    bad = [(p["sku"], p["barcode"]) for p in products
           if p["barcode"] and not (ean13_ok(p["barcode"]) and "690" <= p["barcode"][:3] <= "699")]
    assert not bad, bad


def test_barcodes_unique(products):
    codes = [p["barcode"] for p in products if p["barcode"]]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    assert not dupes, dupes


def test_at_least_10_barcodes(products):
    assert sum(1 for p in products if p["barcode"]) >= 10


def test_referenced_categories_are_defined(products, categories):
    defined = {c["code"] for c in categories}
    undefined = sorted({p["category"] for p in products} - defined)
    assert not undefined, undefined


def test_defined_categories_are_used(products, categories):
    unused = sorted({c["code"] for c in categories} - {p["category"] for p in products})
    assert not unused, unused


def test_referenced_cooperatives_are_defined(products, cooperatives):
    defined = {c["code"] for c in cooperatives}
    undefined = sorted({p["cooperative"] for p in products} - defined)
    assert not undefined, undefined


def test_defined_cooperatives_are_used(products, cooperatives):
    unused = sorted({c["code"] for c in cooperatives} - {p["cooperative"] for p in products})
    assert not unused, unused


@pytest.mark.parametrize("keyword", BRAND_KEYWORDS)
def test_brand_keyword_in_product_names(products, keyword):
    assert any(keyword in p["name_en"] for p in products), keyword


# --------------------------------------------------------------------------- stock
def test_stock_covers_every_product(products, stock):
    missing = sorted({p["sku"] for p in products} - {s["sku"] for s in stock})
    assert not missing, missing


def test_stock_has_no_unknown_or_duplicate_sku(products, stock):
    skus = [s["sku"] for s in stock]
    unknown = sorted(set(skus) - {p["sku"] for p in products})
    dupes = sorted({s for s in skus if skus.count(s) > 1})
    assert not unknown and not dupes, (unknown, dupes)


def test_stock_qty_is_decimal(stock):
    bad = []
    for s in stock:
        try:
            ok = bool(QTY_RE.match(s["qty"])) and Decimal(s["qty"]) >= 0
        except InvalidOperation:
            ok = False
        if not ok:
            bad.append((s["sku"], s["qty"]))
    assert not bad, bad


def test_stock_qty_whole_for_non_kg(products, stock):
    units = {p["sku"]: p["unit"] for p in products}
    bad = [(s["sku"], s["qty"]) for s in stock
           if units.get(s["sku"]) not in (None, "kg") and not re.fullmatch(r"[0-9]+", s["qty"])]
    assert not bad, bad
