"""The shift dialogs (issue #7 item 5): open with a counted float, cash in/out with a reason, the
X report, and closing with the drawer counted per note and coin → over/short → Z report."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox
from sqlalchemy import select

from yarlung_pos.db.schema import AuditRow, PrintJobRow
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services.shifts import DENOMINATIONS_FEN, list_shifts
from yarlung_pos.ui.shift_dialogs.closing import CloseShiftDialog, ShiftReportDialog
from yarlung_pos.ui.shift_dialogs.common import stale_shift_text
from yarlung_pos.ui.shift_dialogs.opening import CashMoveDialog, OpenShiftDialog


def sell(service, code="WINE-001", tendered=5000, method=PaymentMethod.CASH):
    cart = Cart()
    cart.add(service.lookup(code))
    return service.complete(cart, [Tender(method, tendered if method is PaymentMethod.CASH else cart.total_fen)])


def child(dialog, cls, name):
    w = dialog.findChild(cls, name)
    assert w is not None, name
    return w


def count(qtbot, dialog, denom, n):
    spin = child(dialog, QSpinBox, f"count_{denom}")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(n))
    return spin


def close_demo_shift(service):
    service.close_shift({d: 0 for d in DENOMINATIONS_FEN})


# ---------------------------------------------------------------------------- open


def test_open_shift_with_a_typed_float_keeps_a_mistyped_one(qtbot, demo_till):
    service = demo_till.service
    close_demo_shift(service)
    dialog = OpenShiftDialog(service, demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.objectName() == "openShiftDialog" and dialog.isModal()
    field = child(dialog, QLineEdit, "floatInput")
    qtbot.keyClicks(field, "2OO")
    child(dialog, QPushButton, "openShiftButton").click()
    assert "Not an amount" in child(dialog, QLabel, "openShiftMessage").text()
    assert field.text() == "2OO" and service.current_shift() is None and dialog.isVisible()
    field.clear()
    qtbot.keyClicks(field, "150.50")
    with qtbot.waitSignal(dialog.shift_opened) as opened:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert opened.args[0].float_fen == 15050 == service.current_shift().float_fen
    assert not dialog.isVisible()


def test_open_shift_counted_by_note_and_coin(qtbot, demo_till):
    service = demo_till.service
    close_demo_shift(service)
    dialog = OpenShiftDialog(service, demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.by_denomination.setChecked(True)
    child(dialog, QSpinBox, "float_count_5000").setValue(3)
    child(dialog, QSpinBox, "float_count_50").setValue(4)
    assert child(dialog, QLineEdit, "floatInput").text() == "152.00"
    with qtbot.waitSignal(dialog.shift_opened):
        child(dialog, QPushButton, "openShiftButton").click()
    assert service.current_shift().float_fen == 15200


def test_a_second_open_shift_is_refused_with_the_reason(qtbot, demo_till):
    dialog = OpenShiftDialog(demo_till.service, demo_till)       # the demo shift is open
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(child(dialog, QLineEdit, "floatInput"), "100")
    child(dialog, QPushButton, "openShiftButton").click()
    assert "already open" in child(dialog, QLabel, "openShiftMessage").text()
    assert child(dialog, QLineEdit, "floatInput").text() == "100" and dialog.isVisible()


# ---------------------------------------------------------------------------- cash in / out


def test_cash_in_needs_a_reason_and_keeps_the_amount(qtbot, demo_till):
    service = demo_till.service
    dialog = CashMoveDialog(service, "in", demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.objectName() == "cashMoveDialog"
    assert not dialog.approval.isVisible()                       # putting cash in needs nobody
    qtbot.keyClicks(child(dialog, QLineEdit, "cashAmountInput"), "50")
    child(dialog, QPushButton, "cashMoveButton").click()
    assert "reason" in child(dialog, QLabel, "cashMoveMessage").text()
    assert child(dialog, QLineEdit, "cashAmountInput").text() == "50"
    qtbot.keyClicks(child(dialog, QLineEdit, "cashReasonInput"), "change from the bank")
    with qtbot.waitSignal(dialog.cash_moved):
        qtbot.keyClick(child(dialog, QLineEdit, "cashReasonInput"), Qt.Key.Key_Return)
    assert service.x_report().cash_in_fen == 5000


def test_cash_out_needs_a_manager_and_no_more_than_the_drawer(qtbot, demo_till):
    service = demo_till.service                                  # padma, a cashier; float ￥200
    dialog = CashMoveDialog(service, "out", demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "200.00" in child(dialog, QLabel, "cashMoveInfo").text()
    assert dialog.approval.isVisible()
    amount, reason = child(dialog, QLineEdit, "cashAmountInput"), child(dialog, QLineEdit, "cashReasonInput")
    qtbot.keyClicks(amount, "250")
    qtbot.keyClicks(reason, "to the safe")
    child(dialog, QPushButton, "cashMoveButton").click()
    assert "200.00" in child(dialog, QLabel, "cashMoveMessage").text()       # more than the drawer holds
    amount.clear()
    qtbot.keyClicks(amount, "120")
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    qtbot.keyClicks(dialog.approval.pin, "9999")
    child(dialog, QPushButton, "cashMoveButton").click()
    assert dialog.approval.message.text() and service.x_report().cash_out_fen == 0
    assert (amount.text(), reason.text()) == ("120", "to the safe")           # nothing typed is lost
    qtbot.keyClicks(dialog.approval.pin, "2222")
    with qtbot.waitSignal(dialog.cash_moved):
        child(dialog, QPushButton, "cashMoveButton").click()
    assert service.x_report().cash_out_fen == 12000
    with service.store.read() as s:
        entry = s.scalar(select(AuditRow).where(AuditRow.action == "cash_out"))
        assert entry.approved_by == "dorje"


# ---------------------------------------------------------------------------- X report


def test_x_report_shows_the_printed_image_and_queues_a_print(qtbot, demo_till):
    service = demo_till.service
    sell(service)
    dialog = ShiftReportDialog(service, demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.objectName() == "xReportDialog"
    preview = child(dialog, QLabel, "reportPreview")
    assert not preview.pixmap().isNull() and dialog.pixmap.width() == service.settings.paper_width_dots
    assert "1 sale(s)" in child(dialog, QLabel, "xReportSummary").text()
    child(dialog, QPushButton, "printReportButton").click()                   # no printer set up
    assert "No receipt printer" in child(dialog, QLabel, "xReportMessage").text()
    service.settings = replace(service.settings, printer_uri="network://127.0.0.1:9?timeout=1")
    with qtbot.waitSignal(dialog.print_queued):
        child(dialog, QPushButton, "printReportButton").click()
    with service.store.read() as s:
        job = s.scalar(select(PrintJobRow).where(PrintJobRow.kind == "xreport"))
        assert job.sale_uuid == dialog.report.shift_uuid and job.status == "pending"
    assert service.current_shift() is not None                               # an X closes nothing


# ---------------------------------------------------------------------------- close


def test_close_shift_counts_to_over_short_then_shows_the_z(qtbot, demo_till, tmp_path):
    service = demo_till.service
    sell(service, tendered=5000)                                  # ￥35 cash: drawer ￥235
    sell(service, "WINE-002", method=PaymentMethod.WECHAT)
    dialog = CloseShiftDialog(service, demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.objectName() == "closeShiftDialog"
    assert [child(dialog, QSpinBox, f"count_{d}").value() for d in DENOMINATIONS_FEN] == [0] * len(DENOMINATIONS_FEN)
    expected = child(dialog, QLabel, "expectedCashLabel")
    counted = child(dialog, QLabel, "countedTotalLabel")
    over_short = child(dialog, QLabel, "overShortLabel")
    assert expected.text() == "￥235.00" and counted.text() == "￥0.00"
    spin = count(qtbot, dialog, 10000, 2)
    qtbot.keyClick(spin, Qt.Key.Key_Return)                       # Enter moves on to the next count
    qtbot.waitUntil(lambda: dialog.focusWidget() is child(dialog, QSpinBox, "count_5000"))
    last = child(dialog, QSpinBox, f"count_{DENOMINATIONS_FEN[-1]}")
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Return)                       # after the last: the close button …
    qtbot.waitUntil(lambda: dialog.focusWidget() is child(dialog, QPushButton, "closeShiftButton"))
    assert service.current_shift() is not None                    # … which that Enter did not press
    count(qtbot, dialog, 2000, 1)
    count(qtbot, dialog, 1000, 1)
    assert counted.text() == "￥230.00"
    assert over_short.text() == "Short ￥5.00" and "#b00020" in over_short.styleSheet()
    assert over_short.property("overShortFen") == -500
    count(qtbot, dialog, 500, 2)
    assert over_short.text() == "Over ￥5.00" and over_short.property("overShortFen") == 500
    count(qtbot, dialog, 500, 1)
    assert over_short.text() == "Exact" and "#1b5e20" in over_short.styleSheet()
    assert "Exact" in child(dialog, QPushButton, "closeShiftButton").text()
    dialog.grab().save(str(tmp_path / "close.png"))
    button = child(dialog, QPushButton, "closeShiftButton")
    button.setFocus()
    with qtbot.waitSignal(dialog.shift_closed) as closed:           # Enter on the focused button
        qtbot.keyClick(button, Qt.Key.Key_Return)
    rep = closed.args[0]
    assert rep is dialog.result_report and rep.number == "Z-T01-000001"
    assert (rep.expected_cash_fen, rep.counted_cash_fen, rep.over_short_fen) == (23500, 23500, 0)
    assert rep.counted == {d: {10000: 2, 2000: 1, 1000: 1, 500: 1}.get(d, 0) for d in DENOMINATIONS_FEN}
    assert rep.method("wechat").sales_fen > 0
    assert "Z-T01-000001" in child(dialog, QLabel, "zNumberLabel").text()
    assert not child(dialog, QLabel, "zReportPreview").pixmap().isNull()
    assert dialog.isVisible() and service.current_shift() is None
    with qtbot.waitSignal(dialog.finished):
        child(dialog, QPushButton, "doneButton").click()


def test_a_second_close_of_the_same_shift_is_refused_and_keeps_the_counts(qtbot, demo_till):
    service = demo_till.service
    first, second = CloseShiftDialog(service, demo_till), CloseShiftDialog(service, demo_till)
    for d in (first, second):
        qtbot.addWidget(d)
    second.open()
    count(qtbot, second, 10000, 2)                               # the other window is counting too …
    first.counter.set_counts({10000: 2})
    with qtbot.waitSignal(first.shift_closed):
        first.close_shift()
    child(second, QPushButton, "closeShiftButton").click()       # … and is refused: one Z per shift
    assert "closed already" in child(second, QLabel, "closeShiftMessage").text()
    assert second.result_report is None and child(second, QSpinBox, "count_10000").value() == 2
    assert [sh.z_number for sh in list_shifts(service.store)] == ["Z-T01-000001"]


def test_a_shift_left_open_overnight_is_flagged(qtbot, demo_till):
    service = demo_till.service
    shift = service.current_shift()
    later = shift.opened_at + timedelta(days=1)
    assert stale_shift_text(shift, shift.opened_at) == ""
    text = stale_shift_text(shift, later)
    assert shift.number in text and shift.opened_at.strftime("%Y-%m-%d") in text
    service.clock = lambda: later
    dialog = CloseShiftDialog(service, demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    stale = child(dialog, QLabel, "staleShiftLabel")
    assert stale.isVisible() and stale.text() == text
    x = ShiftReportDialog(service, demo_till)
    qtbot.addWidget(x)
    x.open()
    assert child(x, QLabel, "staleShiftLabel").text() == text


@pytest.mark.parametrize("width", [384, 576])
def test_z_preview_fits_the_dialog(qtbot, demo_till, width):
    service = demo_till.service
    service.settings = replace(service.settings, paper_width_dots=width)
    dialog = CloseShiftDialog(service, demo_till)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.counter.set_counts({10000: 2})
    dialog.close_shift()
    qtbot.waitUntil(lambda: dialog.z_preview.pixmap() is not None and not dialog.z_preview.pixmap().isNull())
    shown = dialog.z_preview.pixmap().width()
    assert shown <= dialog.z_scroll.viewport().width() and shown <= width
