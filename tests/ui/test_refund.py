"""Refunds against the original sale (F9 screen): scan the receipt's QR, refund part, then the
rest, then a third attempt is refused; a manager approves; refund receipts print."""

import json
import sqlite3
from decimal import Decimal

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton, QTableWidget

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.domain.pricing import Discount
from yarlung_pos.printing import raster
from yarlung_pos.printing import receipt as rc
from yarlung_pos.printing import receipt_text
from yarlung_pos.printing.receipt import render_receipt
from yarlung_pos.services.export import export_sales_jsonl
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.ui.refund_dialog.dialog import RefundDialog
from yarlung_pos.ui.refund_dialog.lines import COL_AMOUNT, COL_LEFT, COL_QTY, COL_REFUNDED

from .test_till_sale import open_payment, scan
from ..support.people import MANAGER

WIDTHS = (384, 576)


# ---------------------------------------------------------------------------- helpers
def sell(qtbot, till):
    """GRAIN-001 (1 bag ￥22), WINE-001 × 2 (￥35), GRAIN-002 0.735 kg (￥11.76), cash ￥200:
    the sale's number and UUID."""
    scan(qtbot, till, "6972042001076")
    scan(qtbot, till, "https://yarlung.example/p/WINE-001")
    scan(qtbot, till, "https://yarlung.example/p/WINE-001")
    scan(qtbot, till, "GRAIN-002")
    qtbot.keyClicks(till.scan_input, "*0.735")
    qtbot.keyClick(till.scan_input, Qt.Key.Key_Return)
    dialog = open_payment(qtbot, till)
    qtbot.keyClicks(dialog.tendered_input, "200")
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    sale = till.last_sale
    assert sale.total_fen == 2200 + 7000 + 1176
    return sale


def receipt_qr(service, number, width=576):
    """The text of the QR code on the rendered receipt of ``number`` (what a scanner reads)."""
    image = render_receipt(service.receipt(number), width)
    codes = zxingcpp.read_barcodes(image.convert("L"))
    assert [c.format.name for c in codes] == ["QRCode"]
    return codes[0].text


def receipt_texts(doc, width=576):
    """Every piece of text the receipt prints, in order (banners, rows' left and right)."""
    out = []
    for block in rc.receipt_blocks(doc, raster.Style.for_width(width)):
        if isinstance(block, raster.Banner):
            out.append(block.text.layout.text())
        elif isinstance(block, raster.Row):
            out += [block.left.layout.text(), block.right.layout.text()]
        elif isinstance(block, raster.Paragraph):
            out.append(block.layout.text())
    return out


def open_refund(qtbot, till, text=""):
    """The refund dialog opened window-modal over the till, as F9 opens it."""
    dialog = RefundDialog(till.service, till, text)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def scan_receipt(qtbot, dialog, text):
    """A scanner reading the receipt's QR into the receipt field."""
    field = dialog.findChild(QLineEdit, "refundSaleInput")
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def approve_with(qtbot, dialog, username, pin):
    """The manager picks their name and types their PIN, then Enter."""
    combo = dialog.approval.combo
    combo.setCurrentIndex(combo.findData(username))
    pin_field = dialog.findChild(QLineEdit, "approverPin")
    pin_field.setFocus()
    qtbot.keyClicks(pin_field, pin)
    qtbot.keyClick(pin_field, Qt.Key.Key_Return)


def cells(dialog, col):
    table = dialog.findChild(QTableWidget, "refundLinesTable")
    return [table.item(r, col).text() for r in range(table.rowCount())]


def rows(db_path, sql, *args):
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def refund_moves(db_path, refund_uuid):
    """SKU → quantity (milli) a refund put back on the shelf."""
    return dict(rows(db_path, "select p.sku, sum(m.qty_milli) from stock_moves m join products p "
                              "on p.id = m.product_id where m.source_ref = ? and m.reason = 'refund' group by p.sku",
                     refund_uuid))


# ------------------------------------------------------------------------------ tests
def test_refund_by_scanning_the_receipt_qr_part_then_rest_then_refused(qtbot, demo_till, db_path, tmp_path):
    till = demo_till
    sale = sell(qtbot, till)
    qr = receipt_qr(till.service, sale.number)
    assert qr == f"https://yarlung.example/r/{sale.uuid}"

    # --- part: one bottle of wine, written off, cash back ---------------------------------
    dialog = open_refund(qtbot, till)
    field = dialog.findChild(QLineEdit, "refundSaleInput")
    assert field.hasFocus()                                   # focus starts in the receipt field
    scan_receipt(qtbot, dialog, qr)
    assert dialog.sale.number == sale.number
    assert sale.number in dialog.findChild(QLabel, "refundSaleLabel").text()
    table = dialog.findChild(QTableWidget, "refundLinesTable")
    qtbot.waitUntil(table.hasFocus)                           # ready to type quantities
    assert table.rowCount() == 3 and table.currentRow() == 0 and table.currentColumn() == COL_QTY
    assert cells(dialog, COL_LEFT) == ["1 bag", "2 btl", "0.735 kg"]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClicks(table, "1")                               # typing starts editing the cell
    assert table.state() == table.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter in the cell: commits it
    qtbot.waitUntil(lambda: cells(dialog, COL_QTY)[1] == "1")
    assert cells(dialog, COL_AMOUNT) == ["", "￥35.00", ""]
    assert "35.00" in dialog.findChild(QLabel, "refundTotalLabel").text()
    dialog.findChild(QCheckBox, "refundRestock").setChecked(False)  # damaged: write off
    dialog.findChild(QRadioButton, "refundMethodCash").setChecked(True)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "refundReason"), "cork broken")

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)                  # Enter without a PIN: asks for one
    assert "manager" in dialog.findChild(QLabel, "refundMessage").text().lower()
    assert dialog.findChild(QLineEdit, "approverPin").hasFocus()
    assert rows(db_path, "select count(*) from sales where kind = 'refund'") == [(0,)]

    approve_with(qtbot, dialog, "dorje", "1234")              # a wrong PIN is refused
    assert dialog.result_refund is None
    assert dialog.findChild(QLabel, "approvalMessage").text()
    assert dialog.findChild(QLineEdit, "approverPin").text() == ""
    assert rows(db_path, "select count(*) from sales where kind = 'refund'") == [(0,)]
    assert cells(dialog, COL_QTY)[1] == "1"                   # nothing typed is lost
    assert dialog.findChild(QLineEdit, "refundReason").text() == "cork broken"

    with qtbot.waitSignal(dialog.refund_completed) as signal:
        approve_with(qtbot, dialog, "dorje", "2222")
    first = dialog.result_refund
    assert signal.args == [first]
    assert first.number == "T01-R000002" and first.total_fen == -3500 and first.payments == (("cash", -3500),)
    assert first.number in dialog.findChild(QLabel, "refundResultLabel").text()
    assert cells(dialog, COL_LEFT) == ["1 bag", "1 btl", "0.735 kg"]     # shown again with what is left
    assert cells(dialog, COL_REFUNDED) == ["—", "1 btl", "—"]
    assert cells(dialog, COL_QTY) == ["", "", ""]

    assert rows(db_path, "select kind, refund_of, total_fen, number from sales where uuid = ?", first.uuid) == [
        ("refund", sale.uuid, -3500, "T01-R000002")]
    assert rows(db_path, "select l.line_no, l.sku, l.qty_milli, l.line_total_fen from sale_lines l join sales s "
                         "on s.id = l.sale_id where s.uuid = ?", first.uuid) == [(2, "WINE-001", -1000, -3500)]
    assert rows(db_path, "select method, amount_fen from payments p join sales s on s.id = p.sale_id "
                         "where s.uuid = ?", first.uuid) == [("cash", -3500)]
    assert refund_moves(db_path, first.uuid) == {}            # written off: not back on the shelf
    (approved_by, details), = rows(db_path, "select approved_by, details from audit_log where action = 'refund'")
    assert approved_by == "dorje" and json.loads(details)["reason"] == "cork broken"

    # --- the rest: Ctrl+A, restocked, paid back as paid ---------------------------------------
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert cells(dialog, COL_QTY) == ["1", "1", "0.735"]
    assert cells(dialog, COL_AMOUNT) == ["￥22.00", "￥35.00", "￥11.76"]
    assert "68.76" in dialog.findChild(QLabel, "refundTotalLabel").text()
    assert dialog.findChild(QCheckBox, "refundRestock").isChecked()
    assert dialog.findChild(QRadioButton, "refundMethodOriginal").isChecked()
    approve_with(qtbot, dialog, "dorje", "2222")
    second = dialog.result_refund
    assert second is not first and second.number == "T01-R000003" and second.total_fen == -6876
    assert "in full" in dialog.findChild(QLabel, "refundResultLabel").text()
    assert refund_moves(db_path, second.uuid) == {"GRAIN-001": 1000, "WINE-001": 1000, "GRAIN-002": 735}
    assert rows(db_path, "select sum(total_fen) from sales where refund_of = ?", sale.uuid) == [(-10376,)]
    assert not dialog.findChild(QPushButton, "completeRefundButton").isEnabled()
    dialog.reject()

    # --- a third attempt is refused --------------------------------------------------------
    third = open_refund(qtbot, till)
    scan_receipt(qtbot, third, qr)
    message = third.findChild(QLabel, "refundMessage").text()
    assert sale.number in message and "refunded in full" in message
    assert not third.findChild(QPushButton, "completeRefundButton").isEnabled()
    assert cells(third, COL_LEFT) == ["0 bag", "0 btl", "0.000 kg"]
    third.select_all_refundable()
    assert cells(third, COL_QTY) == ["", "", ""]
    third.complete()
    assert "refunded in full" in third.findChild(QLabel, "refundMessage").text()
    assert third.result_refund is None
    assert rows(db_path, "select count(*) from sales where kind = 'refund'") == [(2,)]
    third.reject()

    # --- the refunds in the sales export ------------------------------------------------------
    out = tmp_path / "sales.jsonl"
    assert export_sales_jsonl(till.service.store, out) == 3
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["number"], r["kind"], r.get("refund_of"), r["total_fen"]) for r in records] == [
        (sale.number, "sale", None, 10376), ("T01-R000002", "refund", sale.uuid, -3500),
        ("T01-R000003", "refund", sale.uuid, -6876)]
    rest = records[2]
    assert [(ln["sku"], ln["qty"], ln["line_total_fen"]) for ln in rest["lines"]] == [
        ("GRAIN-001", "-1", -2200), ("WINE-001", "-1", -3500), ("GRAIN-002", "-0.735", -1176)]
    assert rest["payments"] == [{"method": "cash", "amount_fen": -6876, "change_fen": 0, "reference": None}]


def test_the_receipt_number_typed_and_the_dialog_opened_with_a_scan(qtbot, demo_till, db_path):
    till = demo_till
    sale = sell(qtbot, till)
    dialog = open_refund(qtbot, till)
    scan_receipt(qtbot, dialog, "t01-000009")               # no such sale: said, text kept
    assert "t01-000009" in dialog.findChild(QLabel, "refundMessage").text()
    assert dialog.findChild(QLineEdit, "refundSaleInput").text() == "t01-000009"
    assert dialog.sale is None and not dialog.findChild(QPushButton, "completeRefundButton").isEnabled()
    field = dialog.findChild(QLineEdit, "refundSaleInput")
    field.clear()
    scan_receipt(qtbot, dialog, sale.number.lower())          # typed by hand
    assert dialog.sale.uuid == sale.uuid and dialog.findChild(QLabel, "refundMessage").text() == ""
    dialog.reject()

    opened = open_refund(qtbot, till, receipt_qr(till.service, sale.number))  # F9 after a scan
    assert opened.sale.uuid == sale.uuid
    table = opened.findChild(QTableWidget, "refundLinesTable")
    qtbot.waitUntil(table.hasFocus)
    # a scanner typing while the table has focus goes to the receipt field
    for ch in "T01-000001":
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    assert opened.findChild(QLineEdit, "refundSaleInput").text() == "T01-000001"
    opened.reject()


def test_more_than_left_is_refused_and_a_stale_screen_is_refused_by_the_service(qtbot, demo_till, db_path):
    till = demo_till
    sale = sell(qtbot, till)
    qr = receipt_qr(till.service, sale.number)
    dialog = open_refund(qtbot, till, qr)
    stale = open_refund(qtbot, till, qr)                      # e.g. left open on another screen

    dialog.set_quantity(2, "3")                               # only 2 were sold
    assert cells(dialog, COL_AMOUNT)[1] == "?"
    assert "only 2 of line 2" in dialog.findChild(QLabel, "refundMessage").text()
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    dialog.approval.pin.setText("2222")
    dialog.complete()
    assert dialog.result_refund is None and dialog.approval.pin.text() == "2222"  # no PIN spent
    assert "only 2 of line 2" in dialog.findChild(QLabel, "refundMessage").text()
    dialog.set_quantity(2, "1.5")
    assert "whole numbers" in dialog.findChild(QLabel, "refundMessage").text()
    dialog.set_quantity(2, "")
    dialog.select_all_refundable()
    dialog.complete()
    assert dialog.result_refund.total_fen == -10376

    stale.select_all_refundable()                             # still shows everything as refundable
    stale.approval.combo.setCurrentIndex(stale.approval.combo.findData("dorje"))
    stale.approval.pin.setText("2222")
    stale.complete()
    assert stale.result_refund is None
    assert "can still be refunded" in stale.findChild(QLabel, "refundMessage").text()
    assert cells(stale, COL_QTY) == ["1", "2", "0.735"]      # what was typed stays
    assert cells(stale, COL_LEFT) == ["0 bag", "0 btl", "0.000 kg"]  # and what is left is read again
    assert rows(db_path, "select count(*) from sales where kind = 'refund'") == [(1,)]


def test_amounts_shown_are_what_a_discounted_sale_pays_back(qtbot, demo_till, db_path):
    """Line and whole-sale discounts and cash rounding: each part refunded shows (and pays)
    its share; the last part gives back exactly the rest, with the rounding."""
    till = demo_till
    service = till.service
    cart = Cart()
    cart.add(service.lookup("WINE-001"), Decimal(3))
    cart.lines[0].discount = Discount.percent(10)
    cart.add(service.lookup("GRAIN-002"), Decimal("0.735"))
    cart.discount = Discount.percent(5)
    sale = complete_sale(service.store, cart, [Tender(PaymentMethod.WECHAT, 5000), Tender(PaymentMethod.CASH, 6000)], service.cashier, service.clock, rounding="drop_fen", actor=MANAGER)
    assert sale.total_fen == 10090                            # 10500 − 1050 + 1176 = 10626, − 531, − 5
    dialog = open_refund(qtbot, till, sale.number)
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    paid = []
    for qty in ("1", "1", "1"):
        dialog.set_quantity(1, qty)
        shown = cells(dialog, COL_AMOUNT)[0]
        total = dialog.findChild(QLabel, "refundTotalLabel").text()
        dialog.approval.pin.setText("2222")
        dialog.complete()
        refund = dialog.result_refund
        assert shown in total and shown == receipt_text.format_fen(-refund.total_fen)
        paid.append(-refund.total_fen)
    dialog.set_quantity(2, "0.5")
    part = cells(dialog, COL_AMOUNT)[1]
    dialog.approval.pin.setText("2222")
    dialog.complete()
    assert part == receipt_text.format_fen(-dialog.result_refund.total_fen)
    paid.append(-dialog.result_refund.total_fen)
    dialog.select_all_refundable()                            # the last 0.235 kg: the rest and the rounding
    total = dialog.findChild(QLabel, "refundTotalLabel").text()
    dialog.approval.pin.setText("2222")
    dialog.complete()
    assert receipt_text.format_fen(-dialog.result_refund.total_fen) in total
    paid.append(-dialog.result_refund.total_fen)
    assert sum(paid) == 10090                                 # never more than was paid, all of it in the end
    # as paid: WeChat first (up to its ￥50), the rest in cash
    methods = rows(db_path, "select p.method, sum(p.amount_fen) from payments p join sales s on s.id = p.sale_id "
                            "where s.refund_of = ? group by p.method", sale.uuid)
    assert dict(methods) == {"wechat": -5000, "cash": -5090}


def test_a_manager_at_the_till_approves_their_own_refund(qtbot, demo_till):
    till = demo_till
    sale = sell(qtbot, till)
    till.service.sign_in("dorje", "2222")
    dialog = open_refund(qtbot, till, sale.number)
    assert not dialog.approval.isVisible()
    dialog.select_all_refundable()
    dialog.complete()
    assert dialog.result_refund.total_fen == -10376


def test_the_refund_receipt(qtbot, demo_till):
    till = demo_till
    sale = sell(qtbot, till)
    dialog = open_refund(qtbot, till, sale.number)
    dialog.set_quantity(2, "2")
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    dialog.approval.pin.setText("2222")
    dialog.complete()
    refund = dialog.result_refund
    dialog.reject()

    doc = till.service.receipt(refund.number)
    assert doc.refund_of == sale.number and doc.total_fen == -7000 and doc.change_fen == 0
    assert [(ln.qty, ln.line_total_fen) for ln in doc.lines] == [(Decimal(-2), -7000)]
    texts = receipt_texts(doc)
    assert texts.index("退款 REFUND") < texts.index("单号 No.")
    assert texts[texts.index("原单 Refund of") + 1] == sale.number
    assert texts[texts.index("退款 Refund") + 1] == "-￥70.00"
    assert texts[texts.index("现金 Cash") + 1] == "-￥70.00"
    assert "找零 Change" not in texts and "合计 Total" not in texts
    assert "-2 × ￥35.00" in texts
    copy = receipt_texts(_copy_doc(till.service, refund.number))
    assert "退款 REFUND" in copy and "副本 COPY" in copy
    for width in WIDTHS:
        qr = receipt_qr(till.service, refund.number, width)
        assert qr == f"https://yarlung.example/r/{refund.uuid}"

    # the refund's own QR is not a sale to refund
    again = open_refund(qtbot, till)
    scan_receipt(qtbot, again, qr)
    assert "is a refund, not a sale" in again.findChild(QLabel, "refundMessage").text()
    assert again.sale is None


def _copy_doc(service, number):
    from yarlung_pos.services.receipts import receipt_doc
    from yarlung_pos.services.sales import get_sale
    with service.store.read() as s:
        return receipt_doc(s, get_sale(s, number), copy=True)


def test_a_discounted_sale_receipt_shows_its_discounts_rounding_and_cashier(qtbot, demo_till):
    service = demo_till.service
    cart = Cart()
    cart.add(service.lookup("WINE-001"), Decimal(3))
    cart.lines[0].discount = Discount.percent(10)
    cart.add(service.lookup("GRAIN-002"), Decimal("0.735"))
    cart.discount = Discount.amount(500)
    sale = complete_sale(service.store, cart, [Tender(PaymentMethod.CASH, 20000)], service.cashier, service.clock, rounding="drop_fen", actor=MANAGER)
    doc = service.receipt(sale.number)
    assert [ln.discount_fen for ln in doc.lines] == [1050, 0]
    assert (doc.discount_fen, doc.rounding_fen, doc.total_fen) == (500, -6, 10120)
    assert doc.refund_of is None
    texts = receipt_texts(doc)
    assert texts[texts.index("折扣 Discount") + 1] == "-￥10.50"
    assert texts.count("折扣 Discount") == 1                  # only the discounted line
    assert texts[texts.index("小计 Subtotal") + 1] == "￥106.26"
    assert texts[texts.index("整单折扣 Sale discount") + 1] == "-￥5.00"
    assert texts[texts.index("抹零 Rounding") + 1] == "-￥0.06"
    assert texts[texts.index("合计 Total") + 1] == "￥101.20"
    assert texts[texts.index("收银员 Cashier") + 1] == service.cashier
    assert "退款 REFUND" not in texts
    for width in WIDTHS:
        assert receipt_qr(service, sale.number, width) == f"https://yarlung.example/r/{sale.uuid}"


@pytest.mark.parametrize("width", WIDTHS)
def test_plain_sales_print_no_discount_or_rounding_rows(qtbot, demo_till, width):
    till = demo_till
    sale = sell(qtbot, till)
    texts = receipt_texts(till.service.receipt(sale.number), width)
    for label in ("折扣 Discount", "小计 Subtotal", "整单折扣 Sale discount", "抹零 Rounding", "退款 REFUND"):
        assert label not in texts
    assert texts[texts.index("找零 Change") + 1] == "￥96.24"


def test_f9_opens_the_refund_screen_window_modal_with_focus_in_the_receipt_field(qtbot, demo_till):
    till = demo_till
    sale = sell(qtbot, till)
    till.activateWindow()
    qtbot.waitUntil(till.isActiveWindow)
    qtbot.keyClick(till.scan_input, Qt.Key.Key_F9)
    dialog = till.findChild(RefundDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.sale_input.hasFocus())
    scan_receipt(qtbot, dialog, receipt_qr(till.service, sale.number))
    assert dialog.sale.uuid == sale.uuid
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_enter_on_a_choice_completes_and_enter_in_a_field_completes_once(qtbot, demo_till, db_path):
    till = demo_till
    sale = sell(qtbot, till)
    dialog = open_refund(qtbot, till, sale.number)
    dialog.set_quantity(1, "1")
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    dialog.approval.pin.setText("2222")
    restock = dialog.findChild(QCheckBox, "refundRestock")
    restock.setFocus()
    qtbot.keyClick(restock, Qt.Key.Key_Return)
    assert dialog.result_refund is not None and dialog.result_refund.total_fen == -2200
    dialog.set_quantity(3, "0.1")
    reason = dialog.findChild(QLineEdit, "refundReason")
    qtbot.keyClicks(reason, "spilled")
    dialog.approval.pin.setText("2222")
    qtbot.keyClick(reason, Qt.Key.Key_Return)                 # one Enter, one refund
    assert rows(db_path, "select count(*) from sales where kind = 'refund'") == [(2,)]
    assert "Type the quantities" not in dialog.findChild(QLabel, "refundMessage").text()
    close = dialog.findChild(QPushButton, "closeRefundButton")
    close.setFocus()
    qtbot.keyClick(close, Qt.Key.Key_Return)                  # Enter on Close closes
    assert not dialog.isVisible()
    assert rows(db_path, "select count(*) from sales where kind = 'refund'") == [(2,)]
