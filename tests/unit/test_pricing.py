"""Discounts, allocation and cash rounding (domain/pricing.py)."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from yarlung_pos.domain.model import Cart, CartLine
from yarlung_pos.domain.pricing import (Discount, DiscountError, RoundingRule, allocate, needs_approval,
                                        price_lines, round_cash)


@given(st.integers(0, 10**7), st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_allocation_adds_up_and_is_proportional(total, weights):
    parts = allocate(total, weights)
    assert sum(parts) == total and len(parts) == len(weights)
    base = sum(weights)
    if base:
        for p, w in zip(parts, weights):
            assert abs(p * base - total * w) < base       # within one fen of the exact share
            assert p >= 0


def test_allocation_of_zero_weights_and_empty():
    assert allocate(10, [0, 0]) == [10, 0]
    assert allocate(0, []) == []


@pytest.mark.parametrize("amount, rule, expected", [
    (1237, "none", 1237), (1237, "drop_fen", 1230), (1239, "drop_fen", 1230), (1230, "drop_fen", 1230),
    (1235, "nearest_jiao", 1240), (1234, "nearest_jiao", 1230), (1230, "nearest_jiao", 1230), (0, "drop_fen", 0)])
def test_cash_rounding(amount, rule, expected):
    assert round_cash(amount, rule) == expected


def test_percent_discount_is_half_up_and_amount_cannot_exceed_base():
    assert Discount.percent("10").fen_of(1235) == 124          # 123.5 → 124
    assert Discount.percent("12.5%").fen_of(1000) == 125
    with pytest.raises(DiscountError):
        Discount.amount(501).fen_of(500)
    for bad in ("0", "-5", "101", "abc", "1.234", "NaN"):
        with pytest.raises(DiscountError):
            Discount.percent(bad)
    with pytest.raises(DiscountError):
        Discount.amount(0)


def test_price_lines_orders_line_then_sale_discount_then_rounding():
    p = price_lines([4400, 2400], [Discount.percent(10), None], Discount.amount(333), RoundingRule.DROP_FEN)
    assert [ln.discount_fen for ln in p.lines] == [440, 0]
    assert p.subtotal_fen == 6360 and p.order_discount_fen == 333
    assert sum(ln.order_discount_fen for ln in p.lines) == 333
    assert p.before_rounding_fen == 6027 and p.rounding_fen == -7 and p.due_fen == 6020
    assert sum(ln.net_fen for ln in p.lines) + p.rounding_fen == p.due_fen


@given(st.lists(st.tuples(st.integers(0, 100000), st.sampled_from([None, "5", "33.33", "100"])), min_size=1, max_size=8),
       st.sampled_from([None, "7.5", "50"]), st.sampled_from(list(RoundingRule)))
def test_pricing_invariants(lines, order, rule):
    gross = [g for g, _ in lines]
    p = price_lines(gross, [Discount.percent(d) if d else None for _, d in lines],
                    Discount.percent(order) if order else None, rule)
    assert all(ln.net_fen >= 0 for ln in p.lines)
    assert sum(ln.net_fen for ln in p.lines) + p.rounding_fen == p.due_fen
    assert -9 <= p.rounding_fen <= 5


def test_needs_approval_limits():
    assert not needs_approval(100, 1000, Decimal("10"), 5000)    # exactly 10 %
    assert needs_approval(101, 1000, Decimal("10"), 5000)
    assert needs_approval(5001, 10**6, Decimal("10"), 5000)      # amount limit
    assert not needs_approval(0, 0, Decimal("0"), 0)


def test_cart_json_round_trip_keeps_discounts_and_overrides():
    cart = Cart(lines=[CartLine(1, "A", "ཀ", "甲", "A", "kg", 1250, Decimal("0.735"), Discount.percent(5), 1300),
                       CartLine(2, "B", "ཁ", "乙", "B", "bottle", 3500, Decimal(2))], discount=Discount.amount(100))
    again = Cart.from_json(cart.to_json())
    assert again == cart and again.total_fen == cart.total_fen
