import pytest

from yarlung_pos.domain.model import UnknownCode
from yarlung_pos.domain.scan import gs1_check_digit, is_valid_gtin, looks_like_code, parse_scan


def test_gs1_check_digit_known_codes():
    assert gs1_check_digit("690123456789") == 2  # 6901234567892
    assert is_valid_gtin("6901234567892")
    assert not is_valid_gtin("6901234567893")
    assert is_valid_gtin("96385074")  # EAN-8 from GS1's examples


@pytest.mark.parametrize("text,kind,value", [
    ("https://yarlung.example/p/WINE-001", "sku", "WINE-001"),
    ("http://x.cn/shop/p/wine-001/", "sku", "WINE-001"),
    ("https://x.cn/p/OIL-002?src=label#top", "sku", "OIL-002"),
    ("www.x.cn/p/IRON-003", "sku", "IRON-003"),
    ("6901234567892", "barcode", "6901234567892"),
    ("  wine-001 ", "code", "WINE-001"),
    ("1234567890", "code", "1234567890"),
])
def test_parse_scan(text, kind, value):
    code = parse_scan(text)
    assert (code.kind, code.value) == (kind, value)


def test_wrong_check_digit_is_flagged_not_refused():
    code = parse_scan("6901234567893")
    assert (code.kind, code.check_digit_ok) == ("code", False)
    assert parse_scan("HTTPS://X.CN/P/WINE-001").value == "WINE-001"


@pytest.mark.parametrize("text", ["https://yarlung.example/about", "", "   "])
def test_parse_scan_rejects(text):
    with pytest.raises(UnknownCode):
        parse_scan(text)


def test_looks_like_code():
    assert looks_like_code("https://a/p/X")
    assert looks_like_code("12345678")
    assert not looks_like_code("1234567")
    assert not looks_like_code("qkj")
    assert not looks_like_code("青稞")


def test_full_width_input_is_read_like_ascii():
    from yarlung_pos.domain.scan import looks_like_code, parse_scan
    assert looks_like_code("６９７２０４２００１０７")                # a misread code typed by an IME: no search
    assert looks_like_code("ｈｔｔｐｓ：／／yarlung.example／ｐ／OIL-001")
    assert not looks_like_code("ｑｋｊ")
    assert parse_scan("６９７２０４２００１０７６") == parse_scan("6972042001076")
