"""Issue #18 at the till's deliveries screen: F8 lists the online orders awaiting payment
(number, customer, items, total, delivery or pick-up); "Confirm payment…" takes the method
and reference — a refusal shows in the dialog with what was typed kept — and the order
becomes a sale and a parcel to pack (stock leaves then); "Cancel…" takes a reason.  Real
SQLite demo till, fixed clock; a screenshot with ``$YARLUNG_SCREENSHOTS`` (a folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from tests.support.shop_orders import line, order, put_orders


@pytest.fixture
def till(fixed_till):
    put_orders(fixed_till.service.store, order(),
               order("W-000002", line(1, "GRAIN-002", "1.500", 1600, "kg"), fulfilment="pickup", name="Tenzin"),
               order("W-000003", name="Dawa"))
    return fixed_till


def stock_of(till, sku):
    from yarlung_pos.services.stock import stock_level_by_sku
    with till.service.store.read() as s:
        return stock_level_by_sku(s, sku)


def _orders_screen(qtbot, till):
    till.open_deliveries()
    screen = till.deliveries_window
    qtbot.waitUntil(screen.isActiveWindow)
    assert screen.buttons["online"].text() == "Online orders: 3 awaiting payment… (F8)"
    qtbot.keyClick(screen.search, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.isVisible())
    return screen, screen.open_dialog


def test_confirm_a_payment_and_cancel_an_order(qtbot, till):
    screen, orders = _orders_screen(qtbot, till)
    t = orders.table
    rows = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    assert [r[0] for r in rows] == ["W-000001", "W-000002", "W-000003"]
    assert rows[0][1:3] == ["索朗卓玛", "2 × WINE-001, 1 × EGG-001"] and "91" in rows[0][3]
    assert rows[1][2] == "1.5 × GRAIN-002" and rows[1][4] == "pick-up" and rows[0][4] == "delivery"
    wine = stock_of(till, "WINE-001")

    orders.table.selectRow(0)
    orders.confirm()
    qtbot.waitUntil(lambda: orders.open_dialog is not None and orders.open_dialog.isVisible())
    pay = orders.open_dialog
    method = pay.findChild(QComboBox, "paymentMethodCombo")
    assert method.currentData() == "wechat"
    pay.go()                                           # no reference for WeChat Pay: refused, dialog stays
    assert pay.isVisible() and "reference" in pay.error.text()
    if os.environ.get("YARLUNG_SCREENSHOTS"):
        pay.grab().save(str(Path(os.environ["YARLUNG_SCREENSHOTS"]) / "online-order-confirm.png"))
    assert stock_of(till, "WINE-001") == wine
    qtbot.keyClicks(pay.findChild(QLineEdit, "paymentReferenceInput"), "4200001234")
    qtbot.keyClick(pay.findChild(QLineEdit, "paymentReferenceInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: orders.open_dialog is None)
    assert "W-000001 paid" in orders.message.text() and "to pack" in orders.message.text()
    assert stock_of(till, "WINE-001") == wine - 2      # stock leaves at the confirmation
    assert [v.number for v in orders.views] == ["W-000002", "W-000003"]

    orders.table.selectRow(1)
    orders.cancel()
    qtbot.waitUntil(lambda: orders.open_dialog is not None and orders.open_dialog.isVisible())
    cancel = orders.open_dialog
    cancel.go()
    assert cancel.isVisible() and "reason" in cancel.error.text()
    qtbot.keyClicks(cancel.findChild(QLineEdit, "cancelReasonInput"), "no answer")
    qtbot.keyClick(cancel.findChild(QLineEdit, "cancelReasonInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: orders.open_dialog is None)
    assert orders.message.text() == "W-000003 cancelled."
    assert [v.number for v in orders.views] == ["W-000002"]
    if os.environ.get("YARLUNG_SCREENSHOTS"):
        orders.grab().save(str(Path(os.environ["YARLUNG_SCREENSHOTS"]) / "online-orders.png"))

    orders.reject()
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert screen.buttons["online"].text() == "Online orders: 1 awaiting payment… (F8)"
    online = [v for v in screen.views if v.channel == "online"]
    assert [(v.channel_order, v.status) for v in online] == [("W-000001", "to_pack")]
    screen.reject()
