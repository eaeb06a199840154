from decimal import Decimal

import pytest

from yarlung_pos.domain.money import InvalidAmount, format_fen, line_total_fen, parse_yuan


@pytest.mark.parametrize("price,qty,expected", [
    (1250, Decimal("1"), 1250),
    (1250, Decimal("3"), 3750),
    (1000, Decimal("0.735"), 735),
    (999, Decimal("0.5"), 500),      # 499.5 → 500 (half up)
    (999, Decimal("0.001"), 1),      # 0.999 → 1
    (1, Decimal("0.499"), 0),        # 0.499 → 0
    (1, Decimal("0.5"), 1),          # exactly half → up
    (3333, Decimal("0.003"), 10),    # 9.999 → 10
    (0, Decimal("5"), 0),
    (999, Decimal("-0.5"), -500),    # symmetric for refunds
])
def test_line_total_rounds_half_up_per_line(price, qty, expected):
    assert line_total_fen(price, qty) == expected


def test_line_total_rejects_float_prices():
    with pytest.raises(TypeError):
        line_total_fen(12.5, Decimal(1))


@pytest.mark.parametrize("text,fen", [("200", 20000), ("12.5", 1250), ("12.50", 1250),
                                      ("￥0.01", 1), (" 1,000 ", 100000), ("0", 0), ("¥3", 300)])
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["", "abc", "-5", "1.234", "nan", "inf", "1e400x"])
def test_parse_yuan_rejects(text):
    with pytest.raises(InvalidAmount):
        parse_yuan(text)


@pytest.mark.parametrize("fen,text", [(0, "￥0.00"), (5, "￥0.05"), (100, "￥1.00"),
                                      (123456, "￥1,234.56"), (-300, "-￥3.00")])
def test_format_fen(fen, text):
    assert format_fen(fen) == text
    assert "\uffe5" in text


@pytest.mark.parametrize("text", ["1e2", "NaN", "+5", "6972042001076", "1000001", "0x10", "1_000"])
def test_parse_yuan_refuses_exponents_signs_and_scanned_codes(text):
    with pytest.raises(InvalidAmount):
        parse_yuan(text)


def test_parse_yuan_largest_amount():
    assert parse_yuan("1000000") == 100_000_000
