from decimal import Decimal

import pytest

from yarlung_pos.domain.model import (Cart, EmptySale, InvalidQuantity, PaymentError, PaymentMethod,
                                      Product, Tender, parse_quantity, settle)

WINE = Product(1, "WINE-001", "ཆང་", "青稞酒", "Barley wine", "DRINK", "CHAMCHEN", "bottle", 4500)
POTATO = Product(2, "VEG-001", "ཞོག་ཁོག", "土豆", "Potato", "GRAIN", "GYAIMAIN", "kg", 450)

CASH, WECHAT, ALIPAY = PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY


def test_scanning_twice_adds_one_more_to_the_same_line():
    cart = Cart()
    assert cart.add(WINE) == 0
    assert cart.add(WINE) == 0
    assert len(cart) == 1 and cart.lines[0].qty == 2
    assert cart.total_fen == 9000


def test_kg_line_takes_three_decimals_and_rounds_per_line():
    cart = Cart()
    cart.add(POTATO)
    cart.set_qty(0, "0.735")
    assert cart.lines[0].qty == Decimal("0.735")
    assert cart.total_fen == 331  # 450 × 0.735 = 330.75 → 331


@pytest.mark.parametrize("text,unit", [("0.7355", "kg"), ("0", "kg"), ("-1", "bottle"),
                                       ("1.5", "bottle"), ("abc", "kg"), ("100000", "kg")])
def test_bad_quantities_are_refused(text, unit):
    with pytest.raises(InvalidQuantity):
        parse_quantity(text, unit)


def test_step_never_goes_to_zero():
    cart = Cart()
    cart.add(WINE)
    with pytest.raises(InvalidQuantity):
        cart.step(0, -1)
    cart.step(0, 1)
    assert cart.lines[0].qty == 2


def test_price_snapshot_survives_a_price_change():
    cart = Cart()
    cart.add(WINE)
    dearer = Product(**{**WINE.__dict__, "price_fen": 5000})
    cart.add(dearer)
    assert [ln.unit_price_fen for ln in cart.lines] == [4500, 5000]


def test_cash_change():
    pays = settle(14370, [Tender(CASH, 20000)])
    assert pays[0].amount_fen == 20000 and pays[0].change_fen == 5630


def test_split_payment_and_multiple_cash_tenders_make_one_cash_payment():
    pays = settle(10000, [Tender(CASH, 5000), Tender(WECHAT, 3000, "ref1"), Tender(CASH, 10000)])
    assert [(p.method, p.amount_fen, p.change_fen) for p in pays] == [(CASH, 15000, 8000), (WECHAT, 3000, 0)]
    assert sum(p.amount_fen - p.change_fen for p in pays) == 10000


def test_no_change_on_non_cash_and_no_underpayment():
    with pytest.raises(PaymentError):
        settle(10000, [Tender(ALIPAY, 10001)])
    with pytest.raises(PaymentError):
        settle(10000, [Tender(CASH, 9999)])
    with pytest.raises(PaymentError):
        settle(10000, [Tender(CASH, 0), Tender(CASH, 10000)])
    with pytest.raises(EmptySale):
        settle(0, [Tender(CASH, 100)])


def test_domain_errors_carry_a_translatable_template():
    with pytest.raises(InvalidQuantity) as info:
        parse_quantity("1.5", "bottle")
    assert info.value.template == "Sold by the {unit}: whole numbers only, not {qty}."
    assert info.value.params == {"unit": "bottle", "qty": Decimal("1.5")}
    assert "unit" in info.value.translated_params  # the unit's name is shown translated
    assert str(info.value) == "Sold by the bottle: whole numbers only, not 1.5."


@pytest.mark.parametrize("text", ["1e3", "NaN", "-1", "0x1", " ", "1.2.3"])
def test_quantity_text_must_be_plain(text):
    with pytest.raises(InvalidQuantity):
        parse_quantity(text, "kg")


def test_step_respects_the_limit_on_kg_lines():
    cart = Cart()
    cart.add(POTATO)
    cart.set_qty(0, "9998.5")
    with pytest.raises(InvalidQuantity):
        cart.step(0, 1)
    assert cart.lines[0].qty == Decimal("9998.500")


def test_change_is_capped():
    assert settle(100, [Tender(CASH, 200100)])[0].change_fen == 200000
    with pytest.raises(PaymentError, match="more than a sale can give") as info:
        settle(100, [Tender(CASH, 200101)])
    # money in yuan, with the limit: never a count of fen
    assert str(info.value) == ("The change of ￥2,000.01 is more than a sale can give (at most ￥2,000.00) — "
                               "check the amount tendered.")
    assert "fen" not in str(info.value)


def test_amount_still_due_is_shown_in_yuan():
    with pytest.raises(PaymentError) as info:
        settle(1250, [Tender(CASH, 1000)])
    assert str(info.value) == "￥2.50 is still due."
