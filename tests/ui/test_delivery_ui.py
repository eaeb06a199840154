"""Issue #16: the till's delivery screens on a real SQLite database — the order form (F10),
the deliveries screen (Ctrl+D) and the batch hand-over, driven with keys as staff would.
Their screenshots at 1024 × 768 in every language come from the layout test
(``tests/ui/test_layout_fit.py``: ``delivery-<lang>.png``, ``deliveries-<lang>.png``)."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

SOLANG_BO = "བསོད་ནམས་སྒྲོལ་མ"
SOLANG_ZH = "索朗卓玛"
GOOD = "RB123456785GB"   # S10 check digit 5 right
WRONG = "RB123456786GB"  # S10 check digit wrong


@pytest.fixture
def till(fixed_till):
    """The till on a fresh demo database with the fixed clock, demo cashier Padma signed in
    with a shift open."""
    return fixed_till


def scan(qtbot, window, text):
    qtbot.keyClicks(window.scan_input, text)
    qtbot.keyClick(window.scan_input, Qt.Key.Key_Return)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def open_form(qtbot, till):
    press(qtbot, till, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: till.delivery_dialog is not None and till.delivery_dialog.isActiveWindow())
    return till.delivery_dialog


def type_into(qtbot, widget, text):
    """Type ``text`` into a field by keys (an editable combo: its line edit)."""
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    target.setFocus()
    if isinstance(widget, QComboBox):
        target.clear()
    target.insert(text) if not text.isascii() else qtbot.keyClicks(target, text)  # an IME gives whole words


def fill(qtbot, form, phone="13812345678", county="琼结县", name=SOLANG_ZH, name_bo=SOLANG_BO):
    f = form.fields
    type_into(qtbot, f["name"], name)
    type_into(qtbot, f["name_bo"], name_bo)
    type_into(qtbot, f["phone"], phone)
    type_into(qtbot, f["prefecture"], "山南市")
    if county:
        type_into(qtbot, f["county"], county)
    type_into(qtbot, f["township"], "琼结镇")
    type_into(qtbot, f["street"], "雪村 12 号")


def stock_of(till, sku):
    from yarlung_pos.services.stock import stock_level_by_sku
    with till.service.store.read() as s:
        return stock_level_by_sku(s, sku)


def test_bad_phone_and_missing_county_are_shown_under_their_fields_and_nothing_is_lost(qtbot, till):
    scan(qtbot, till, "WINE-001")
    form = open_form(qtbot, till)
    assert form.fields["name"].hasFocus()
    qtbot.keyClick(form.fields["name"], Qt.Key.Key_Return)            # Enter moves on
    assert form.fields["name_bo"].hasFocus() and form.isVisible()
    assert form.fields["province"].text() == "西藏自治区"
    assert form.fields["date"].date() == QDate(2026, 11, 29)          # today by the till's clock …
    assert form.fields["date"].minimumDate() == QDate(2026, 11, 29)   # … never earlier
    channel, order = form.fields["channel"], form.fields["channel_order"]
    assert channel.currentData() == "counter" and not order.isEnabled()
    channel.setCurrentIndex(channel.findData("wechat"))
    assert order.isEnabled()
    fill(qtbot, form, phone="1381234", county="")
    qtbot.keyClick(form.fields["street"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and form.request is None
    phone_error = form.findChild(QLabel, "phoneError")
    county_error = form.findChild(QLabel, "countyError")
    assert phone_error.isVisible() and "1381234" in phone_error.text()
    assert county_error.isVisible() and "county" in county_error.text()
    assert form.fields["phone"].hasFocus()                            # the first field in error
    assert form.fields["name"].text() == SOLANG_ZH and form.fields["name_bo"].text() == SOLANG_BO
    assert form.fields["phone"].text() == "1381234" and form.fields["street"].text() == "雪村 12 号"
    # the county list of Shannan is offered, stored in Chinese
    county = form.fields["county"]
    assert county.count() == 12 and "琼结县" in county.itemText(4) and county.itemData(4) == "琼结县"
    form.fields["phone"].clear()
    qtbot.keyClicks(form.fields["phone"], "138 1234 5678")
    assert not phone_error.isVisible()
    county.setCurrentIndex(4)
    assert form.address().county == "琼结县"
    form.go_on()
    assert form.request is not None and form.request.phone == "138 1234 5678"
    till.payment_dialog.reject()


def test_esc_in_the_payment_goes_back_to_the_form_as_typed(qtbot, till):
    scan(qtbot, till, "WINE-001")
    form = open_form(qtbot, till)
    fill(qtbot, form)
    qtbot.keyClick(form.fields["street"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: till.payment_dialog is not None and till.payment_dialog.isActiveWindow())
    qtbot.keyClick(till.payment_dialog.tendered_input, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: till.payment_dialog is None and form.isVisible())
    assert till.delivery_dialog is form and form.fields["name"].text() == SOLANG_ZH
    assert form.address().county == "琼结县" and [ln.sku for ln in till.cart.lines] == ["WINE-001"]
    assert till.service.deliveries() == []                           # nothing stored


def test_esc_leaves_the_sale_untouched(qtbot, till):
    scan(qtbot, till, "WINE-001")
    form = open_form(qtbot, till)
    type_into(qtbot, form.fields["name"], SOLANG_ZH)
    qtbot.keyClick(form.fields["name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert [ln.sku for ln in till.cart.lines] == ["WINE-001"] and till.payment_dialog is None
    again = open_form(qtbot, till)                     # a slipped finger loses nothing typed
    assert again is form and again.fields["name"].text() == SOLANG_ZH
    qtbot.keyClick(again.fields["name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    scan(qtbot, till, "WINE-001")                       # other goods: a new form
    assert open_form(qtbot, till).fields["name"].text() == ""


def test_delivery_from_the_till_to_the_door_and_back(qtbot, till, tmp_path):
    from yarlung_pos.domain.model import PaymentMethod
    for code in ("WINE-001", "6972042001076", "WINE-001"):        # 3 items: 2 × wine, 1 × grain
        scan(qtbot, till, code)
    goods = till.cart.total_fen
    wine_before = stock_of(till, "WINE-001")
    form = open_form(qtbot, till)
    fill(qtbot, form)
    for key in ("weight",):
        type_into(qtbot, form.fields[key], "1.5")
    assert form.zone == "county" and form.postage_fen == 800       # 1.5 kg in Qonggyai county
    assert "8" in form.findChild(QLabel, "deliveryPostage").text()
    form.fields["note"].setFocus()
    qtbot.keyClick(form.fields["note"], Qt.Key.Key_Return)         # Enter in the last field: pay
    qtbot.waitUntil(lambda: till.payment_dialog is not None and till.payment_dialog.isActiveWindow()
                    and till.payment_dialog.tendered_input.hasFocus())
    pay = till.payment_dialog
    assert pay.total_fen == goods + 800
    qtbot.keyClick(pay.tendered_input, Qt.Key.Key_F2)              # WeChat Pay
    assert pay.method is PaymentMethod.WECHAT
    qtbot.keyClick(pay.tendered_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    created = till.last_delivery
    assert created.number == "D-T01-000001"
    assert created.number in till.findChild(QLabel, "saleNumberLabel").text()
    assert not till.cart.lines

    press(qtbot, till, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)   # the deliveries screen
    qtbot.waitUntil(lambda: till.deliveries_window is not None and till.deliveries_window.isActiveWindow())
    screen = till.deliveries_window
    assert screen.search.hasFocus()
    assert [v.number for v in screen.views] == [created.number]
    row = [screen.table.item(0, c).text() for c in range(screen.COLUMNS)]
    assert row[2] == f"{SOLANG_ZH} · {SOLANG_BO}" and row[3] == "138****5678" and row[4] == "琼结县"
    assert "(1)" in screen.status_filter.itemText(screen.status_filter.findData("to_pack"))
    assert "雪村" not in screen.detail.toPlainText()                   # the street masked
    qtbot.keyClick(screen.search, Qt.Key.Key_F6)                      # a cashier: a manager approves
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.isActiveWindow())
    ask = screen.open_dialog
    ask.box.combo.setCurrentIndex(ask.box.combo.findData("dorje"))
    ask.box.pin.setText("2222")
    ask._ok()
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert "13812345678" in screen.detail.toPlainText() and "雪村 12 号" in screen.detail.toPlainText()
    assert screen.table.item(0, 3).text() == "138****5678"            # the list stays masked
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.search, Qt.Key.Key_F2)                      # packed: no waybill yet (Enter)
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.isVisible())
    qtbot.waitUntil(lambda: screen.open_dialog.tracking.hasFocus())  # scan the waybill straight away
    qtbot.keyClick(screen.open_dialog.tracking, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert screen.views[0].status == "packed" and screen.views[0].tracking is None
    qtbot.waitUntil(screen.isActiveWindow)

    qtbot.keyClick(screen.search, Qt.Key.Key_F3)                      # hand over: wrong check digit first
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.isVisible())
    hand = screen.open_dialog
    qtbot.keyClicks(hand.tracking, WRONG)
    hand.go()
    assert hand.isVisible() and WRONG in hand.findChild(QLabel, "trackingError").text()
    hand.tracking.clear()
    qtbot.keyClicks(hand.tracking, GOOD)
    qtbot.keyClick(hand.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert screen.views[0].status == "handed_over" and screen.views[0].tracking == GOOD

    screen.search.setFocus()                                          # a scanned waybill finds it
    qtbot.keyClicks(screen.search, GOOD)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.selected_numbers() == [created.number]
    qtbot.keyClick(screen.search, Qt.Key.Key_F4)                      # delivered
    assert screen.views[0].status == "delivered"
    assert [h[0] for h in screen.views[0].history] == ["to_pack", "packed", "handed_over", "delivered"]
    assert stock_of(till, "WINE-001") == wine_before - 2
    screen.reject()
    qtbot.waitUntil(lambda: till.deliveries_window is None)


def sell_for_delivery(qtbot, till, name):
    """One bottle of wine for delivery to ``name`` in Qonggyai, paid in cash."""
    scan(qtbot, till, "WINE-001")
    form = open_form(qtbot, till)
    fill(qtbot, form, name=name, name_bo="")
    assert form.go_on()
    qtbot.waitUntil(lambda: till.payment_dialog is not None)
    till.payment_dialog.on_enter()
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    return till.last_delivery.number


def test_batch_hand_over_and_a_return_with_restock(qtbot, till):
    from tests.ui.conftest import approve_as_manager  # noqa: F401 (the approval box is filled here)
    first = sell_for_delivery(qtbot, till, "Tashi")
    second = sell_for_delivery(qtbot, till, "Dawa")
    wine_after_sales = stock_of(till, "WINE-001")
    till.open_deliveries()
    screen = till.deliveries_window
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.selectAll()
    screen.pack()                                                     # both packed at once
    assert {v.status for v in screen.views} == {"packed"}

    qtbot.keyClick(screen.search, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.isVisible())
    batch = screen.open_dialog
    qtbot.waitUntil(batch.isActiveWindow)
    field = batch.findChild(QLineEdit, "batchScanInput")
    for text in ("D-T01-999999", first, WRONG, first, GOOD, second, "RB000000014GB"):
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.hasFocus() and field.text() == ""
        if text == "D-T01-999999":
            assert batch.message.isVisible() and batch.current is None
        if text == WRONG:
            assert WRONG in batch.message.text() and batch.current.number == first
    assert batch.handed == [(first, GOOD), (second, "RB000000014GB")]
    batch.accept()
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert {v.status for v in screen.views} == {"handed_over"}

    screen.select(first)                                              # Tashi's parcel came back
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.search, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.isVisible())
    back = screen.open_dialog
    qtbot.waitUntil(back.isActiveWindow)
    assert back.restock.isChecked() and back.box.isVisible()          # a cashier: a manager approves
    back.box.combo.setCurrentIndex(back.box.combo.findData("dorje"))
    back.box.pin.setFocus()
    qtbot.keyClicks(back.box.pin, "2222")
    qtbot.keyClick(back.box.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert next(v for v in screen.views if v.number == first).status == "returned"
    assert stock_of(till, "WINE-001") == wine_after_sales + 1


def pdf_codes(path):
    """Each page of the PDF at ``path`` rendered at 300 dpi: the texts of the codes on it."""
    import pypdfium2
    import zxingcpp
    pages = []
    for page in pypdfium2.PdfDocument(str(path)):
        image = page.render(scale=300 / 72).to_pil().convert("L")
        pages.append(sorted(c.text for c in zxingcpp.read_barcodes(image)))
    return pages


def test_printing_slips_and_labels_to_pdf(qtbot, till, tmp_path):
    first = sell_for_delivery(qtbot, till, "Tashi")
    second = sell_for_delivery(qtbot, till, "Dawa")
    till.open_deliveries()
    screen = till.deliveries_window
    assert screen.print_documents("slips", "to_pack", tmp_path / "slips.pdf") >= 2     # everything to pack
    assert "slips.pdf" in screen.message.text()
    assert any(first in codes for codes in pdf_codes(tmp_path / "slips.pdf"))
    assert any(second in codes for codes in pdf_codes(tmp_path / "slips.pdf"))
    assert screen.select(second)
    assert screen.print_documents("100x150", "selected", tmp_path / "labels.pdf") == 1  # the selected one
    (codes,) = pdf_codes(tmp_path / "labels.pdf")
    assert second in codes and first not in codes
    screen.table.clearSelection()
    assert screen.print_documents("100x180", "selected", tmp_path / "none.pdf") == 0
    assert not (tmp_path / "none.pdf").exists() and screen.message.isVisible()


def test_a_sale_discount_applies_to_the_payment_as_the_sale_stores_it(qtbot, till):
    """A whole-sale 5 % discount: on the goods, not on the postage; the payment asks for what
    the stored sale comes to with its postage line, so a WeChat payment of exactly that
    completes it."""
    from decimal import Decimal

    from yarlung_pos.domain.pricing import Discount, DiscountKind
    scan(qtbot, till, "WINE-001")
    scan(qtbot, till, "WINE-001")
    till.cart.discount = Discount(DiscountKind.PERCENT, Decimal("5"))
    form = open_form(qtbot, till)
    fill(qtbot, form)
    assert form.go_on()
    qtbot.waitUntil(lambda: till.payment_dialog is not None)
    pay = till.payment_dialog
    assert pay.total_fen == form.total_fen == till.delivery_due(form.postage_fen)
    goods = till.cart.pricing(till.service.policy.rounding)
    assert goods.order_discount_fen == (goods.subtotal_fen * 5 + 50) // 100  # 5 % of the goods only
    assert till.service.policy.rounding == "none" and pay.total_fen == goods.before_rounding_fen + form.postage_fen
    pay.choose(pay.method.WECHAT)
    pay.on_enter()
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    assert till.last_delivery.sale.total_fen == pay.total_fen


def test_a_manager_sees_the_list_unmasked_a_cashier_masked(qtbot, till):
    from yarlung_pos.services.users import list_users
    sell_for_delivery(qtbot, till, "Tashi")
    till.open_deliveries()
    screen = till.deliveries_window
    assert screen.table.item(0, 3).text() == "138****5678"
    screen.reject()
    qtbot.waitUntil(lambda: till.deliveries_window is None)
    till.service.user = next(u for u in list_users(till.service.store) if u.username == "dorje")
    till.open_deliveries()
    assert till.deliveries_window.table.item(0, 3).text() == "13812345678"
    till.deliveries_window.reject()


def test_the_carrier_shows_in_the_screens_language_and_is_stored_as_its_code(qtbot, till):
    from yarlung_pos.i18n import install_language
    from yarlung_pos.ui.delivery.actions import HandOverDialog
    number = sell_for_delivery(qtbot, till, "Tashi")
    install_language("zh_CN")
    try:
        dialog = HandOverDialog(till.service, till.service.delivery(number), till)
        qtbot.addWidget(dialog)
        assert dialog.carrier.currentText() == "中国邮政" and dialog.carrier_code() == "China Post"
        dialog.tracking.setText(GOOD)
        assert dialog.go()
    finally:
        install_language("en")
    assert till.service.delivery(number).carrier == "China Post"
