"""The catalogue rulebook (``domain/catalogue_rules.py``) on its own: one checker per field, the
record reviews, and what odd numerals, spaces of every kind, empty text, huge numbers and
NaN-like text do — never anything but :class:`CatalogueRuleError` (or a normalisation)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yarlung_pos.domain import catalogue_rules as rules
from yarlung_pos.domain.catalogue_rules import CatalogueRuleError
from yarlung_pos.domain.model import DomainError

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo"

#: white space and invisible characters a file or a keyboard may bring
SPACES = [" ", "\u00a0", "\u3000", "\u2003", "\u202f", "\t", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
#: numerals that are not the digits 0–9 (full-width ones are read as ASCII on purpose)
ODD_NUMERALS = ["²", "٣", "۴", "१", "༣", "Ⅻ", "①", "½", "𝟗", "߃"]
SAMPLE_CHARS = (SPACES + ODD_NUMERALS + list("０１２９ＷＩＮＥ－") + list("AZaz09-_.,'\"()+e")
                + ["\n", "\r", "\x00", "\x01", "\x7f", "\u200e", "\u202e", "\ud800", "ſ", "ı", "é", "ß", "🍺"]
                + list("ཀཁནསཆང་ིུྱྲ།༡") + list("青稞酒（）、𠀾﨑々"))
CHECKERS = [rules.check_sku, rules.check_code, rules.check_barcode, rules.check_unit, rules.check_price_fen,
            rules.check_price_yuan, rules.check_sort_order, rules.check_active,
            *(lambda v, f=f: rules.check_name(f, v) for f in rules.NAME_FIELDS),
            *(lambda v, f=f: rules.check_town(f, v) for f in rules.TOWN_FIELDS)]
odd_text = st.one_of(
    st.text(st.sampled_from(SAMPLE_CHARS), max_size=12),
    st.text(max_size=12),
    st.sampled_from(["", "NaN", "nan", "inf", "-inf", "1e3", "0x10", "+1", "-1", "0", "00045", "1_000", "4,500",
                     "9" * 30, "9" * 5000, "12.50", "￥12.5"]))


def _demo(name: str) -> list[dict[str, str]]:
    with (DEMO / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(("name", "review"), [("categories.csv", rules.review_category),
                                              ("cooperatives.csv", rules.review_cooperative),
                                              ("products.csv", rules.review_product)])
def test_every_demo_row_is_valid_and_kept_as_it_is(name, review):
    for row in _demo(name):
        result = review(row)
        assert result.errors == (), (row, [str(e) for e in result.errors])
        for field, value in row.items():
            if field not in ("sort_order", "price_fen", "active"):
                assert getattr(result.record, field) == (value or None if field == "barcode" else value)


def test_the_error_is_a_domain_error_naming_the_field():
    with pytest.raises(CatalogueRuleError) as info:
        rules.check_sort_order("²")
    err = info.value
    assert isinstance(err, DomainError)
    assert err.field == "sort_order"
    assert err.template == "the sort order is a whole number (digits 0–9, at most 9 of them): {text}"
    assert str(err) == "the sort order is a whole number (digits 0–9, at most 9 of them): '²'"


@pytest.mark.parametrize("value", ODD_NUMERALS + ["", "NaN", "inf", "1e3", "+1", "1.5", "9" * 5000, "1 2"])
def test_odd_numerals_and_nan_like_text_are_never_prices(value):
    with pytest.raises(CatalogueRuleError) as info:
        rules.check_price_fen(value)
    assert info.value.field == "price_fen" and "\n" not in str(info.value)


@pytest.mark.parametrize("value", ODD_NUMERALS + ["NaN", "1e3", "+1", "1.5", "9" * 5000, "1234567890", "--1"])
def test_odd_numerals_are_never_a_sort_order(value):
    with pytest.raises(CatalogueRuleError, match="sort order"):
        rules.check_sort_order(value)


def test_full_width_digits_and_spaces_are_read_as_ascii_the_same_everywhere():
    assert rules.check_price_fen("\u3000４５００\u00a0") == 4500
    assert rules.check_sort_order("－１２") == -12
    assert rules.check_sort_order(" ") == rules.check_sort_order(None) == 0
    assert rules.check_sku("\ufeffｗｉｎｅ－００１\u200b") == "WINE-001"
    assert rules.check_code(" drink\u3000") == "DRINK"
    assert rules.check_barcode(" ６９０１２３４５６７８９２ ") == "6901234567892"
    assert rules.check_unit("ＫＧ") == "kg"


def test_names_lose_outer_and_zero_width_spaces_and_keep_one_inner_space():
    assert rules.check_name("name_bo", "\u00a0ནས་\u200bཆང་\u3000\u3000 ཁེ་༥༠༠\u2060 ") == "ནས་ཆང་ ཁེ་༥༠༠"
    assert rules.check_name("name_zh", "\u3000强钦青稞酒（散装）\u200b") == "强钦青稞酒（散装）"
    assert rules.check_name("name_en", " Barley\u00a0\u00a0wine\t") == "Barley wine"


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("name_bo", "", "the Tibetan name is missing"),
    ("name_bo", "\u200b\u3000", "the Tibetan name is missing"),
    ("name_bo", "nas chang", "no Tibetan letters"),
    ("name_bo", "ནས་ཆང་ 500ml", "letter of another script ('m' U+006D)"),
    ("name_bo", "ནས་ཆང་青稞", "letter of another script"),
    ("name_bo", "ཱནས་ཆང", "vowel sign or subjoined letter must follow a Tibetan letter"),
    ("name_bo", "ནས་ཆང་ ٣", "digits of another script ('٣' U+0663)"),
    ("name_zh", "Barley wine", "the Chinese name has no Chinese characters"),
    ("name_zh", "青稞酒\u200e", "control or invisible character ('\\u200e' U+200E)"),
    ("name_zh", "青稞酒🍺", "cannot show"),
    ("name_zh", "青稞ནས", "letter of another script"),
    ("name_en", "青稞酒", "the English name has no Latin letters"),
    ("name_en", "Wine\x01", "control or invisible character"),
    ("name_en", "W" * 201, "longer than 200 characters"),
])
def test_name_rules(field, value, reason):
    with pytest.raises(CatalogueRuleError) as info:
        rules.check_name(field, value)
    assert reason in str(info.value) and info.value.field == field


def test_names_the_old_editor_took_are_judged_by_one_rule():
    # Chinese characters of the extension planes and the compatibility block are Chinese
    assert rules.check_name("name_zh", "𠀾酒") == "𠀾酒"
    assert rules.check_name("name_zh", "﨑青稞") == "﨑青稞"
    assert rules.check_name("name_zh", "T恤（XL）") == "T恤（XL）"
    assert rules.check_name("name_en", "Qióngjié barley") == "Qióngjié barley"


def test_towns_are_optional_and_in_their_script():
    assert rules.check_town("town_bo", "\u3000") == ""
    assert rules.check_town("town_zh", "琼结镇") == "琼结镇"
    with pytest.raises(CatalogueRuleError, match="the Tibetan town has no Tibetan letters"):
        rules.check_town("town_bo", "Qonggyai")
    with pytest.raises(CatalogueRuleError, match="the English town has no Latin letters"):
        rules.check_town("town_en", "琼结镇")


def test_barcodes_use_the_gs1_check_digit_and_widen_upc_a():
    assert rules.check_barcode("") is None and rules.check_barcode(None) is None
    assert rules.check_barcode("036000291452") == "0036000291452"  # UPC-A
    assert rules.check_barcode("96385074") == "96385074"  # EAN-8
    with pytest.raises(CatalogueRuleError, match="check digit"):
        rules.check_barcode("6901234567893")
    with pytest.raises(CatalogueRuleError, match="8, 12 or 13 digits"):
        rules.check_barcode("690123456789²")


def test_sku_and_codes_are_ascii_only():
    for value in ("ſku", "ıd-1", "WINE 001", "-WINE", "a" * 65, ""):
        with pytest.raises(CatalogueRuleError, match="an SKU is"):
            rules.check_sku(value)
    assert rules.check_sku("12345670") == "12345670"  # numeric SKUs are SKUs
    for value in ("DR INK", "Ⅻ", "ß", "A" * 33, ""):
        with pytest.raises(CatalogueRuleError, match="a code is"):
            rules.check_code(value)


def test_price_in_fen_and_in_yuan():
    assert rules.check_price_fen(1) == 1 and rules.check_price_fen(100_000_000) == 100_000_000
    assert rules.check_price_fen("0001250") == 1250
    for bad in (0, -5, 100_000_001, "0", "100000001", True):
        with pytest.raises(CatalogueRuleError) as info:
            rules.check_price_fen(bad)
        assert info.value.field == "price_fen"
    assert rules.check_price_yuan("￥12.5") == 1250
    assert rules.check_price_yuan("１２.５０") == 1250
    for bad in ("12.505", "²", "NaN", "0", "", "-1"):
        with pytest.raises(CatalogueRuleError):
            rules.check_price_yuan(bad)


def test_active_and_unit():
    assert rules.check_active("") is True and rules.check_active(" YES ") is True and rules.check_active("0") is False
    assert rules.check_active(False) is False
    with pytest.raises(CatalogueRuleError, match="active is 1 or 0"):
        rules.check_active("²")
    with pytest.raises(CatalogueRuleError, match="unknown unit 'litre' \\(one of: piece, bottle, kg"):
        rules.check_unit("litre")


def test_references_name_what_exists():
    assert rules.check_reference("category", " drink ", {"DRINK"}) == "DRINK"
    with pytest.raises(CatalogueRuleError, match=r"unknown category 'NOPE' \(known: DRINK, GRAIN\)"):
        rules.check_reference("category", "NOPE", {"GRAIN", "DRINK"})
    with pytest.raises(CatalogueRuleError, match="no categories yet"):
        rules.check_reference("category", "NOPE", set())
    with pytest.raises(CatalogueRuleError, match="no cooperatives yet"):
        rules.check_reference("cooperative", "NOPE", ())


def test_a_review_lists_every_refused_field_in_field_order():
    row = {"sku": "bad sku", "barcode": "123", "name_bo": "ནས་ཆང་", "name_zh": "", "name_en": "Wine",
           "category": "DRINK", "cooperative": "NOBODY", "unit": "litre", "price_fen": "²", "active": "maybe"}
    result = rules.review_product(row, {"DRINK"}, {"CHAMCHEN"})
    assert result.record is None
    assert [e.field for e in result.errors] == ["sku", "barcode", "name_zh", "cooperative", "unit", "price_fen",
                                                "active"]
    with pytest.raises(CatalogueRuleError) as info:
        result.accepted()
    assert info.value is result.errors[0]
    ok = rules.check_category({"code": "drink", "name_bo": "བཏུང་བ།", "name_zh": "饮品", "name_en": "Drinks",
                               "sort_order": "２"})
    assert (ok.code, ok.sort_order) == ("DRINK", 2)


def test_values_of_the_wrong_type_are_refused_by_the_rulebook():
    for check, value in ((rules.check_sku, 12), (rules.check_barcode, 690), (rules.check_sort_order, 1.5),
                         (rules.check_price_fen, 12.5), (rules.check_active, 2), (rules.check_sort_order, True),
                         (rules.check_sort_order, 10 ** 12)):
        with pytest.raises(CatalogueRuleError):
            check(value)


@settings(max_examples=200, deadline=None)
@given(value=odd_text, which=st.integers(0, len(CHECKERS) - 1))
def test_every_checker_normalises_or_raises_the_rulebooks_one_line_error(value, which):
    check = CHECKERS[which]
    try:
        result = check(value)
    except CatalogueRuleError as exc:
        assert exc.field
        assert "\n" not in str(exc) and "\r" not in str(exc)
        return
    if isinstance(result, str):  # normalised once is normalised for good
        assert check(result) == result
        assert result == result.strip() and "\u200b" not in result


def test_the_commission_takes_the_digits_0_to_9_or_their_full_width_forms_only():
    from yarlung_pos.services.backoffice import CatalogueEditError, parse_percent_bp
    assert parse_percent_bp("１２.５ ％") == parse_percent_bp("12.5") == 1250
    for value in ("١٢", "²", "NaN", "9" * 5000):
        with pytest.raises(CatalogueEditError) as info:
            parse_percent_bp(value)
        assert info.value.field == "commission_bp"
