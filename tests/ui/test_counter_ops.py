"""Counter operations in the till window: discounts with manager approval, park → restart →
recall → pay, cancel, locking, the shift requirement."""

import sqlite3
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from tests.ui.conftest import approve_as_manager
from tests.ui.test_till_sale import open_payment, scan
from yarlung_pos.services.audit import entries
from yarlung_pos.ui.app import build_till, create_app


def open_discount(qtbot, till, whole_sale=False):
    till.activateWindow()
    qtbot.waitUntil(till.isActiveWindow)
    qtbot.keyClick(till.scan_input, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier if whole_sale
                   else Qt.KeyboardModifier.NoModifier)
    dialog = till.counter_dialog
    assert dialog is not None and dialog.objectName() == "discountDialog"
    return dialog


def test_discount_over_the_limit_needs_a_manager_pin(qtbot, demo_till, db_path):
    till = demo_till
    scan(qtbot, till, "WINE-001")                                   # ￥35.00, limit 10 % / ￥50
    dialog = open_discount(qtbot, till)
    value = dialog.findChild(QLineEdit, "discountValue")
    qtbot.keyClicks(value, "30")                                     # 30 % > 10 %
    assert dialog.approval.isVisible()                               # the box asks for a manager
    qtbot.keyClick(value, Qt.Key.Key_Return)                         # no PIN: blocked
    assert dialog.isVisible() and till.cart.lines[0].discount is None
    assert "manager" in dialog.message.text().lower()
    combo = dialog.findChild(QComboBox, "approverCombo")
    combo.setCurrentIndex(combo.findData("dorje"))
    pin = dialog.findChild(QLineEdit, "approverPin")
    qtbot.keyClicks(pin, "9999")                                     # wrong PIN: still blocked
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and till.cart.lines[0].discount is None
    assert "wrong PIN" in dialog.approval.message.text()
    assert value.text() == "30"                                      # nothing typed was lost
    qtbot.keyClicks(pin, "2222")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.counter_dialog is None)
    assert till.cart.lines[0].discount is not None
    assert "24.50" in till.total_label.text()                        # 35.00 − 30 %
    disc, = entries(till.service.store, "discount")
    assert disc.user == "padma" and disc.approved_by == "dorje" and disc.details["discount_fen"] == 1050
    assert [e.details.get("attempt") for e in entries(till.service.store, "login_failed")] == [1]

    dialog = open_payment(qtbot, till)
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)         # exactly what is due
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    con = sqlite3.connect(db_path)
    assert con.execute("select total_fen from sales").fetchall() == [(2450,)]
    assert con.execute("select line_total_fen, discount_fen from sale_lines").fetchall() == [(3500, 1050)]


def test_small_discount_needs_no_manager_and_whole_sale_discount_is_split(qtbot, demo_till, db_path):
    till = demo_till
    scan(qtbot, till, "WINE-001")                                   # ￥35.00
    scan(qtbot, till, "GRAIN-001")                                  # ￥22.00
    dialog = open_discount(qtbot, till, whole_sale=True)
    dialog.findChild(type(dialog.amount), "discountAmount").setChecked(True)
    value = dialog.findChild(QLineEdit, "discountValue")
    qtbot.keyClicks(value, "5")                                      # ￥5 of ￥57: under both limits
    assert not dialog.approval.isVisible()
    qtbot.keyClick(value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.counter_dialog is None)
    assert "52.00" in till.total_label.text()
    dialog = open_payment(qtbot, till)
    qtbot.keyClicks(dialog.tendered_input, "100")
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    con = sqlite3.connect(db_path)
    assert con.execute("select total_fen, discount_fen, change_fen from sales").fetchall() == [(5200, 500, 4800)]
    shares = con.execute("select order_discount_fen from sale_lines order by line_no").fetchall()
    assert sum(s for s, in shares) == 500 and shares == [(307,), (193,)]   # in proportion to 35 : 22


def test_price_override_always_needs_a_manager(qtbot, demo_till):
    till = demo_till
    scan(qtbot, till, "WINE-001")
    dialog = open_discount(qtbot, till)
    dialog.override.setChecked(True)
    value = dialog.findChild(QLineEdit, "discountValue")
    qtbot.keyClicks(value, "34")                                     # only ￥1 less, still a manager
    assert dialog.approval.isVisible()
    dialog.apply()
    assert till.cart.lines[0].unit_price_fen == 3500
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    dialog.approval.pin.setText("2222")
    dialog.apply()
    qtbot.waitUntil(lambda: till.counter_dialog is None)
    line = till.cart.lines[0]
    assert (line.unit_price_fen, line.list_price_fen) == (3400, 3500)
    override, = entries(till.service.store, "price_override")
    assert override.approved_by == "dorje"


def test_park_restart_recall_and_pay(qtbot, db_path):
    create_app()
    till, store = build_till(db_path, demo=True)
    till.confirm_close = False
    qtbot.addWidget(till)
    till.show()
    scan(qtbot, till, "WINE-001")
    scan(qtbot, till, "WINE-001")
    scan(qtbot, till, "GRAIN-002")
    till.set_selected_qty("0.735")
    till.activateWindow()
    qtbot.waitUntil(till.isActiveWindow)
    qtbot.keyClick(till.scan_input, Qt.Key.Key_F8)                   # park
    assert till.cart.lines == [] and "parked" in till.message_label.text()
    till.close()
    store.close()                                                    # the till is restarted

    till, store = build_till(db_path, demo=True)
    till.confirm_close = False
    qtbot.addWidget(till)
    till.show()
    try:
        till.activateWindow()
        qtbot.waitUntil(till.isActiveWindow)
        qtbot.keyClick(till.scan_input, Qt.Key.Key_F8)               # empty sale: the list
        dialog = till.counter_dialog
        assert dialog.objectName() == "parkedSalesDialog" and dialog.list.count() == 1
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)               # Enter recalls
        qtbot.waitUntil(lambda: till.counter_dialog is None)
        assert [(ln.sku, ln.qty) for ln in till.cart.lines] == [("WINE-001", 2), ("GRAIN-002", Decimal("0.735"))]
        assert till.service.parked() == []                           # recalled once only
        pay = open_payment(qtbot, till)
        qtbot.keyClick(pay.tendered_input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: till.payment_dialog is None)
        con = sqlite3.connect(db_path)
        assert con.execute("select count(*), sum(total_fen) from sales").fetchone() == (1, 7000 + 1176)
        assert con.execute("select count(*) from parked_sales").fetchone() == (0,)
        assert [e.action for e in entries(store, "sale_parked")] and [e.action for e in entries(store, "sale_recalled")]
    finally:
        store.close()


def test_cancel_sale_is_confirmed_and_logged(qtbot, demo_till):
    till = demo_till
    scan(qtbot, till, "WINE-001")
    till.cancel_sale()
    box = till.cancel_box
    box.done(QMessageBox.StandardButton.No)                          # changed their mind
    assert len(till.cart.lines) == 1
    till.cancel_sale()
    till.cancel_box.done(QMessageBox.StandardButton.Yes)
    assert till.cart.lines == []
    cancelled, = entries(till.service.store, "sale_cancelled")
    assert cancelled.details["total_fen"] == 3500 and cancelled.details["lines"] == [["WINE-001", "1", 3500]]


def test_voided_lines_are_logged(qtbot, demo_till):
    till = demo_till
    scan(qtbot, till, "WINE-001")
    till.remove_selected()
    voided, = entries(till.service.store, "line_voided")
    assert voided.details["sku"] == "WINE-001"


def test_lock_keeps_the_sale_and_only_a_pin_unlocks(qtbot, demo_till):
    till = demo_till
    scan(qtbot, till, "WINE-001")
    till.lock()
    dialog = till.lock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()                                                   # Esc does not unlock
    assert dialog.isVisible()
    dialog.pin.setText("0000")
    dialog._ok()
    assert dialog.isVisible() and "wrong PIN" in dialog.message.text()
    dialog.users.setCurrentIndex(dialog.users.findData("dorje"))     # the manager takes over
    dialog.pin.setText("2222")
    dialog._ok()
    qtbot.waitUntil(lambda: till.lock_dialog is None)
    assert till.service.user.username == "dorje" and "Dorje" in till.cashier_label.text()
    assert [(ln.sku, ln.qty) for ln in till.cart.lines] == [("WINE-001", 1)]


def test_idle_time_locks_the_till(qtbot, demo_till):
    till = demo_till
    till._last_activity -= till.service.policy.idle_lock_min * 60 + 1
    till._check_idle()
    assert till.lock_dialog is not None


def test_repeated_wrong_pins_lock_the_user_out(qtbot, demo_till):
    till = demo_till
    till.lock()
    dialog = till.lock_dialog
    for _ in range(5):
        dialog.pin.setText("0000")
        dialog._ok()
    assert "locked" in dialog.message.text()
    dialog.pin.setText("1111")                                        # the right PIN, but locked now
    dialog._ok()
    assert dialog.isVisible() and "locked" in dialog.message.text()
    assert entries(till.service.store, "user_locked")


def test_no_shift_means_no_payment_until_one_is_opened(qtbot, demo_till):
    till = demo_till
    till.service.close_shift({})
    scan(qtbot, till, "WINE-001")
    till.open_payment()
    assert till.payment_dialog is None and "No shift is open" in till.message_label.text()
    dialog = till.counter_dialog
    assert dialog is not None and dialog.objectName() == "openShiftDialog"


def test_first_administrator_then_sign_in(qtbot, store):
    from yarlung_pos.ui.sign_in import FirstAdminDialog, SignInDialog
    create_app()
    first = FirstAdminDialog(store)
    qtbot.addWidget(first)
    first.name.setText("Lhamo")
    first.username.setText("lhamo")
    first.pin.setText("13579")
    first.pin2.setText("13570")
    first._ok()
    assert first.result_user is None and "differ" in first.message.text()
    assert first.name.text() == "Lhamo"                                # what was typed stays
    first.pin2.setText("13579")
    first._ok()
    assert first.result_user.role == "admin"
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.users.currentData() == "lhamo"
    dialog._ok()
    assert "Type your PIN" in dialog.message.text()
    dialog.pin.setText("13579")
    dialog._ok()
    assert dialog.result_user.username == "lhamo"


def test_a_shift_left_open_since_yesterday_is_offered_for_closing(qtbot, db_path):
    from datetime import datetime, timedelta
    from tests.conftest import BEIJING, FixedClock
    from yarlung_pos.db.store import Store
    from yarlung_pos.services.demo import load_demo, ensure_demo_people
    yesterday = FixedClock(datetime(2026, 11, 28, 9, 0, tzinfo=BEIJING))
    store = Store.open(db_path)
    load_demo(store, clock=yesterday)
    ensure_demo_people(store, clock=yesterday)                          # opens the shift yesterday
    store.close()
    create_app()
    till, store = build_till(db_path, demo=True)
    till.confirm_close = False
    qtbot.addWidget(till)
    till.service.clock = FixedClock(datetime(2026, 11, 29, 8, 30, tzinfo=BEIJING))
    till.show()
    try:
        till.check_shift()
        box = till.stale_shift_box
        from yarlung_pos.i18n import format_datetime
        assert format_datetime(datetime(2026, 11, 28, 9, 0, tzinfo=BEIJING)) in box.text()
        close = box.buttons()[0]
        close.click()
        qtbot.waitUntil(lambda: till.counter_dialog is not None)
        assert till.counter_dialog.objectName() == "closeShiftDialog"
    finally:
        store.close()


def apply_discount(qtbot, till, text, whole_sale=False, amount=False):
    dialog = open_discount(qtbot, till, whole_sale)
    if amount:
        dialog.amount.setChecked(True)
    dialog.value.setText(text)
    dialog.apply()
    return dialog


def test_lowering_the_quantity_after_a_small_discount_needs_a_manager_at_payment(qtbot, demo_till, db_path):
    till = demo_till
    scan(qtbot, till, "GRAIN-003")                                   # ￥12.90
    till.set_selected_qty("10")                                      # ￥129.00
    apply_discount(qtbot, till, "5", amount=True)                    # ￥5 = 3.9 %: no manager
    qtbot.waitUntil(lambda: till.counter_dialog is None)
    till.set_selected_qty("1")                                       # now ￥5 of ￥12.90 = 39 %
    till.open_payment()
    assert till.payment_dialog is None and "above the limit" in till.message_label.text()
    approve_as_manager(till)                                         # the manager approves it as it stands
    qtbot.waitUntil(lambda: till.payment_dialog is not None)
    till.payment_dialog.reject()                                     # Esc: no sale…
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    assert entries(till.service.store, "approval") == []            # …so no approval is audited
    till.open_payment()                                              # and it is asked for again
    assert till.payment_dialog is None and "above the limit" in till.message_label.text()
    approve_as_manager(till)
    qtbot.waitUntil(lambda: till.payment_dialog is not None)
    qtbot.keyClick(till.payment_dialog.tendered_input, Qt.Key.Key_Return)  # exactly what is due
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    approval, = entries(till.service.store, "approval")             # audited once, with the sale
    assert (approval.approved_by, approval.details["sale"]) == ("dorje", till.last_sale.number)


def test_stacked_discounts_are_checked_together(qtbot, demo_till):
    till = demo_till
    scan(qtbot, till, "WINE-001")                                    # ￥35.00
    apply_discount(qtbot, till, "10")                                # 10 % on the line: at the limit
    qtbot.waitUntil(lambda: till.counter_dialog is None)
    dialog = apply_discount(qtbot, till, "10", whole_sale=True)      # another 10 %: 19 % in all
    assert dialog.isVisible() and dialog.approval.isVisible() and till.cart.discount is None


def test_a_discount_cannot_make_the_sale_free(qtbot, demo_till):
    till = demo_till
    scan(qtbot, till, "WINE-001")
    dialog = apply_discount(qtbot, till, "100")
    assert dialog.isVisible() and "￥0" in dialog.message.text() and till.cart.lines[0].discount is None
    assert dialog.preview.text() == ""                               # the reason is shown once, not twice
    dialog.value.setText("101")                                      # typing: the reason moves, not doubles
    assert dialog.message.text() and dialog.preview.text() == ""


def test_payments_taken_keep_their_goods_on_the_sale(qtbot, demo_till, db_path):
    till = demo_till
    scan(qtbot, till, "WINE-001")
    scan(qtbot, till, "GRAIN-001")
    pay = open_payment(qtbot, till)
    qtbot.keyClick(pay, Qt.Key.Key_F2)                               # WeChat
    pay.tendered_input.setText("30")
    qtbot.keyClick(pay.tendered_input, Qt.Key.Key_Return)
    qtbot.keyClick(pay.tendered_input, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    assert till.pending_tenders
    scan(qtbot, till, "WINE-001")                                    # adding is fine
    till._select(0)
    for take_off in (till.remove_selected, lambda: till.step_selected(-1), lambda: till.set_selected_qty("1")):
        till.show_message("")
        take_off()
        assert "Payments were taken" in till.message_label.text()
        assert [ln.qty for ln in till.cart.lines] == [2, 1]


def test_a_discount_that_no_longer_fits_is_shown_at_once(qtbot, demo_till):
    till = demo_till
    scan(qtbot, till, "GRAIN-001")                                   # ￥22.00
    till.set_selected_qty("3")
    dialog = apply_discount(qtbot, till, "30", amount=True)          # ￥30 of ￥66: a manager
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    dialog.approval.pin.setText("2222")
    dialog.apply()
    qtbot.waitUntil(lambda: till.counter_dialog is None)
    till.set_selected_qty("1")                                       # ￥30 off ￥22
    assert "change it (F7)" in till.discount_label.text()
