"""Messages a cashier reads (issue #15): unit codes shown by their translated name, money in
yuan not fen, sentences instead of developer strings."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from yarlung_pos.domain.model import UNIT_NAMES, UNITS, InvalidQuantity, PaymentError, PaymentMethod, Tender, parse_quantity, settle

CASH = PaymentMethod.CASH
from yarlung_pos.ui.messages import describe


class _Marking(QTranslator):
    """A translator that answers every ``DomainError`` text with ``«text»`` (a stand-in for a
    language whose .ts is not filled yet): shows which parts of a message went through translation."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt's signature
        return f"«{source}»" if context == "DomainError" else None

    def isEmpty(self):  # noqa: N802, D102 - Qt's name
        return False


@pytest.fixture
def marking(qapp):
    tr = _Marking()
    QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


def test_every_unit_has_a_marked_name():
    assert set(UNIT_NAMES) == set(UNITS)


def test_a_unit_is_shown_by_its_translated_name(marking):
    with pytest.raises(InvalidQuantity) as info:
        parse_quantity("1.5", "bottle")
    text = describe(info.value)
    assert "«bottle»" in text and "1.5" in text   # the unit's name went through translation
    assert text.startswith("«Sold by the ")        # and so did the sentence around it


def test_change_limit_shows_yuan(marking):
    with pytest.raises(PaymentError) as info:
        settle(100, [Tender(CASH, 499300)])
    text = describe(info.value)
    assert "￥4,992.00" in text and "￥2,000.00" in text
    assert not re.search(r"\b\d{5,}\b", text)      # no count of fen


@pytest.mark.parametrize("template", [
    "That was a wrong PIN. Tries left before the account locks: {left}.",
    "There is no sale {number} on this till.",
])
def test_messages_read_as_sentences(template):
    assert "(s)" not in template and template[0].isupper() and template.endswith(".")


def test_no_domain_error_template_uses_plural_s():
    """``(s)`` plurals read as developer strings; a template says ``tries left: {left}`` instead."""
    import pathlib
    root = pathlib.Path(__file__).resolve().parents[2] / "src" / "yarlung_pos"
    found = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'QT_TRANSLATE_NOOP\(\s*"DomainError",\s*((?:"[^"]*"\s*)+)\)', text):
            if "(s)" in m.group(1):
                found.append(f"{path.name}: {m.group(1)[:60]}")
    assert found == []


def test_a_discount_larger_than_its_base_is_shown_in_yuan():
    from yarlung_pos.domain.pricing import Discount, DiscountError
    with pytest.raises(DiscountError) as info:
        Discount.amount(5000).fen_of(3500)
    assert str(info.value) == "A discount of ￥50.00 is more than the ￥35.00 it applies to."
