"""A whole walk-in sale driven with key events, as a scanner and a cashier would."""

import json
import sqlite3
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from yarlung_pos.cli import main as cli_main
from yarlung_pos.ui.app import build_till, create_app


@pytest.fixture
def till(demo_till):
    return demo_till


def scan(qtbot, window, text):
    """A USB scanner: the code typed fast, then Enter."""
    field = window.findChild(QLineEdit, "scanInput")
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def open_payment(qtbot, window, key=True):
    """F12 (or the Pay button) and wait until the payment dialog is the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    if key:
        qtbot.keyClick(window.scan_input, Qt.Key.Key_F12)
    else:
        qtbot.mouseClick(window.findChild(QPushButton, "payButton"), Qt.MouseButton.LeftButton)
    dialog = window.payment_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.tendered_input.hasFocus())
    return dialog


def cart_rows(window):
    return [(ln.sku, ln.qty) for ln in window.cart.lines]


def test_whole_sale_with_keys(qtbot, till, db_path, tmp_path):
    field = till.findChild(QLineEdit, "scanInput")
    assert field.hasFocus()
    for name in ("cartTable",):
        assert till.findChild(QTableView, name) is not None
    total = till.findChild(QLabel, "totalLabel")

    scan(qtbot, till, "6972042001076")                       # EAN-13 of GRAIN-001
    scan(qtbot, till, "https://yarlung.example/p/WINE-001")  # product label QR
    scan(qtbot, till, "https://yarlung.example/p/WINE-001")  # again: one more
    assert cart_rows(till) == [("GRAIN-001", 1), ("WINE-001", 2)]

    qtbot.keyClicks(field, "pure colza")                     # search by typing
    qtbot.waitUntil(lambda: till.suggestions.isVisible() and till.suggestions.count() >= 1)
    assert till.suggestions.item(0).data(Qt.ItemDataRole.UserRole).sku == "OIL-004"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert cart_rows(till)[-1] == ("OIL-004", 1)

    scan(qtbot, till, "GRAIN-002")                           # loose buckwheat, kg
    qtbot.keyClicks(field, "*0.735")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert cart_rows(till)[-1] == ("GRAIN-002", Decimal("0.735"))
    assert till.cart.total_fen == 2200 + 2 * 3500 + 1690 + 1176  # 1600 × 0.735 = 1176
    assert "120.66" in total.text()

    dialog = open_payment(qtbot, till)                       # F12
    assert dialog.method.value == "cash"
    tendered = dialog.findChild(QLineEdit, "tenderedInput")
    assert tendered.hasFocus()
    qtbot.keyClicks(tendered, "200")
    qtbot.keyClick(tendered, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is None)

    assert till.findChild(QLabel, "changeLabel").text().endswith("79.34")
    assert "T01-000001" in till.findChild(QLabel, "saleNumberLabel").text()
    assert till.cart.lines == [] and "0.00" in total.text()
    qtbot.waitUntil(field.hasFocus)  # ready for the next customer
    assert till.findChild(QLabel, "receiptPreview").pixmap() is not None

    con = sqlite3.connect(db_path)
    (uuid, number, total_fen, change_fen), = con.execute(
        "select uuid, number, total_fen, change_fen from sales")
    assert (number, total_fen, change_fen) == ("T01-000001", 12066, 7934)
    assert con.execute("select sku, qty_milli, unit_price_fen, line_total_fen from sale_lines order by line_no").fetchall() == [
        ("GRAIN-001", 1000, 2200, 2200), ("WINE-001", 2000, 3500, 7000),
        ("OIL-004", 1000, 1690, 1690), ("GRAIN-002", 735, 1600, 1176)]
    assert con.execute("select method, amount_fen, change_fen from payments").fetchall() == [("cash", 20000, 7934)]
    moves = dict(con.execute("select p.sku, sum(m.qty_milli) from stock_moves m join products p on p.id = m.product_id "
                             "where m.source_ref = ? group by p.sku", (uuid,)).fetchall())
    assert moves == {"GRAIN-001": -1000, "WINE-001": -2000, "OIL-004": -1000, "GRAIN-002": -735}
    (level,), = con.execute("select sum(qty_milli) from stock_moves m join products p on p.id=m.product_id where p.sku='GRAIN-002'")
    assert level == 48500 - 735
    con.close()

    out = tmp_path / "sales.jsonl"
    assert cli_main(["sales", "export", "-o", str(out), "--db", str(db_path)]) == 0
    rec, = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rec["uuid"] == uuid and rec["kind"] == "sale" and rec["total_fen"] == 12066
    assert [(ln["sku"], ln["qty"], ln["unit_price_fen"], ln["line_total_fen"]) for ln in rec["lines"]] == [
        ("GRAIN-001", "1", 2200, 2200), ("WINE-001", "2", 3500, 7000),
        ("OIL-004", "1", 1690, 1690), ("GRAIN-002", "0.735", 1600, 1176)]
    assert rec["payments"] == [{"method": "cash", "amount_fen": 20000, "change_fen": 7934, "reference": None}]


def test_unknown_code_adds_nothing_and_says_so(qtbot, till):
    scan(qtbot, till, "6901234567892")      # valid EAN-13, not in the catalogue
    assert till.cart.lines == []
    msg = till.findChild(QLabel, "messageLabel").text()
    assert "6901234567892" in msg and "nothing was added" in msg
    scan(qtbot, till, "6972042001077")      # misread: wrong check digit
    assert till.cart.lines == []
    scan(qtbot, till, "https://yarlung.example/p/NOPE-999")
    assert till.cart.lines == []
    scan(qtbot, till, "12345678901")        # looks like a code: never falls back to search
    assert till.cart.lines == []


def test_exact_code_wins_over_suggestions(qtbot, till):
    field = till.scan_input
    qtbot.keyClicks(field, "wine-001")
    till._run_search()  # suggestions shown (several wines match "wine")
    assert till.suggestions.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)  # highlighted another match …
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert cart_rows(till) == [("WINE-001", 1)]  # … but the exact SKU wins


def test_line_keys_plus_minus_delete_and_bad_qty(qtbot, till):
    field = till.scan_input
    scan(qtbot, till, "WINE-001")
    qtbot.keyClick(field, Qt.Key.Key_Plus)
    qtbot.keyClick(field, Qt.Key.Key_Plus)
    qtbot.keyClick(field, Qt.Key.Key_Minus)
    assert cart_rows(till) == [("WINE-001", 2)]
    qtbot.keyClicks(field, "*0.5")            # bottles are whole
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert cart_rows(till) == [("WINE-001", 2)]
    assert "whole" in till.message_label.text()
    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert till.cart.lines == []
    assert not till.findChild(QPushButton, "payButton").isEnabled()


def test_split_payment_wechat_then_cash(qtbot, till, db_path):
    scan(qtbot, till, "WINE-001")            # ￥35.00
    dialog = open_payment(qtbot, till, key=False)
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_F2)      # WeChat Pay
    assert dialog.method.value == "wechat"
    dialog.tendered_input.clear()
    qtbot.keyClicks(dialog.tendered_input, "20")
    qtbot.keyClicks(dialog.reference_input, "4200001234")
    qtbot.keyClick(dialog.reference_input, Qt.Key.Key_Return)
    assert dialog.remaining_fen == 1500 and till.payment_dialog is dialog
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_F1)      # cash for the rest
    qtbot.keyClicks(dialog.tendered_input, "50")
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    con = sqlite3.connect(db_path)
    assert con.execute("select method, amount_fen, change_fen, reference from payments order by id").fetchall() == [
        ("wechat", 2000, 0, "4200001234"), ("cash", 5000, 3500, None)]


def test_non_cash_over_amount_refused_and_escape_keeps_the_sale(qtbot, till, db_path):
    scan(qtbot, till, "WINE-001")
    dialog = open_payment(qtbot, till)
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_F3)      # Alipay
    dialog.tendered_input.clear()
    qtbot.keyClicks(dialog.tendered_input, "100")
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    assert "cannot exceed" in dialog.message.text() and dialog.tenders == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    assert cart_rows(till) == [("WINE-001", 1)]
    assert sqlite3.connect(db_path).execute("select count(*) from sales").fetchone() == (0,)


def test_closing_with_an_open_sale_asks_first(qtbot, till, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    scan(qtbot, till, "WINE-001")
    till.confirm_close = True
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    assert till.close() is False and till.isVisible() and len(till.cart.lines) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert till.close() is True
    assert len(asked) == 1


def test_a_scan_after_arrowing_into_matches_adds_the_scanned_product(qtbot, till):
    field = till.scan_input
    qtbot.keyClicks(field, "wine")
    till._run_search()
    qtbot.keyClick(field, Qt.Key.Key_Down)          # WINE-001 highlighted …
    scan(qtbot, till, "6972042001076")              # … then a scan arrives in the same field
    assert cart_rows(till) == [("GRAIN-001", 1)]
    qtbot.keyClicks(field, "wine")
    till._run_search()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    scan(qtbot, till, "6901234567892")              # unknown barcode: nothing added
    assert cart_rows(till) == [("GRAIN-001", 1)]
    assert "nothing was added" in till.message_label.text()


def test_storing_fails_then_retry_counts_the_payment_once(qtbot, db_path, monkeypatch):
    import yarlung_pos.db.engine as engine_mod
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_S", 0.2)
    create_app()
    window, store = build_till(db_path, demo=True)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    try:
        scan(qtbot, window, "WINE-001")                  # ￥35.00
        blocker = sqlite3.connect(db_path, timeout=0.1)
        blocker.execute("BEGIN IMMEDIATE")               # another writer holds the database
        dialog = open_payment(qtbot, window)
        qtbot.keyClicks(dialog.tendered_input, "50")
        qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
        assert "not stored yet" in dialog.message.text()
        assert dialog.tenders == [] and dialog.remaining_fen == 3500 and window.payment_dialog is dialog
        blocker.rollback()
        blocker.close()
        qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)   # try again: same 50 in the field
        qtbot.waitUntil(lambda: window.payment_dialog is None)
        con = sqlite3.connect(db_path)
        assert con.execute("select method, amount_fen, change_fen from payments").fetchall() == [("cash", 5000, 1500)]
    finally:
        store.close()


def test_escape_keeps_payments_already_taken(qtbot, till, db_path):
    scan(qtbot, till, "WINE-001")                        # ￥35.00
    dialog = open_payment(qtbot, till)
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_F2)
    dialog.tendered_input.clear()
    qtbot.keyClicks(dialog.tendered_input, "10")
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    assert "10.00" in till.findChild(QLabel, "paidLabel").text()
    dialog = open_payment(qtbot, till)
    assert dialog.remaining_fen == 2500 and dialog.tender_list.count() == 1
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)       # cash, exactly the rest
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    con = sqlite3.connect(db_path)
    assert con.execute("select method, amount_fen, change_fen from payments order by id").fetchall() == [
        ("wechat", 1000, 0), ("cash", 2500, 0)]
    assert till.pending_tenders == [] and till.findChild(QLabel, "paidLabel").text() == ""


def test_a_scanned_code_in_the_tendered_field_is_refused(qtbot, till, db_path):
    scan(qtbot, till, "WINE-001")
    dialog = open_payment(qtbot, till)
    qtbot.keyClicks(dialog.tendered_input, "6972042001076")
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    assert dialog.tenders == [] and "Not an amount" in dialog.message.text()
    dialog.tendered_input.clear()
    qtbot.keyClicks(dialog.tendered_input, "5000")             # ￥4,965 change: a typo
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    assert "more than a sale can give" in dialog.message.text()
    assert sqlite3.connect(db_path).execute("select count(*) from sales").fetchone() == (0,)


def test_touch_grid_follows_catalogue_changes(qtbot, till, db_path, tmp_path):
    from yarlung_pos.ui.widgets import TouchButton
    till.show_category([b.objectName() for b in till.category_buttons].index("category_DRINK"))
    button = till.findChild(TouchButton, "product_WINE-001")
    assert "35.00" in button.text_lines()
    # the county office changes a price and withdraws a product while the till runs
    from yarlung_pos.services.catalogue_csv import export_catalogue_csv, import_catalogue_csv
    out = tmp_path / "p.csv"
    export_catalogue_csv(till.service.store, out)
    text = out.read_text(encoding="utf-8")
    text = text.replace("DRINK,CHAMCHEN,bottle,3500,1", "DRINK,CHAMCHEN,bottle,3900,1")
    lines = [ln if not ln.startswith("WINE-002,") else ln[:-1] + "0" for ln in text.splitlines()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_catalogue_csv(till.service.store, out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)      # old button, fresh price
    assert [(ln.sku, ln.unit_price_fen) for ln in till.cart.lines] == [("WINE-001", 3900)]
    stale = till.findChild(TouchButton, "product_WINE-002")
    if stale is not None:
        qtbot.mouseClick(stale, Qt.MouseButton.LeftButton)
    assert len(till.cart.lines) == 1
    till.show_category(0)
    till.show_category([b.objectName() for b in till.category_buttons].index("category_DRINK"))
    qtbot.waitUntil(lambda: till.findChild(TouchButton, "product_WINE-001") is not button)
    fresh = [b for b in till.findChildren(TouchButton) if b.objectName() == "product_WINE-001" and b.isVisibleTo(till)]
    assert fresh and "39.00" in fresh[0].text_lines()
    assert not [b for b in till.findChildren(TouchButton) if b.objectName() == "product_WINE-002" and b.isVisibleTo(till)]


def test_enter_adds_the_best_match_but_never_for_scanner_input(qtbot, till):
    scan(qtbot, till, "qkj")                                         # pinyin initials of 青稞酒
    assert len(till.cart.lines) == 1 and "青稞酒" in till.cart.lines[0].name_zh
    scan(qtbot, till, "nas chang")                                   # Wylie
    assert len(till.cart.lines) >= 1 and all("青稞酒" in ln.name_zh for ln in till.cart.lines)
    before = [(ln.sku, ln.qty) for ln in till.cart.lines]
    scan(qtbot, till, "12345678")                                    # 8 digits: a misread code, no search
    scan(qtbot, till, "https://example.com/p/NOPE")                  # a URL: never searched
    assert [(ln.sku, ln.qty) for ln in till.cart.lines] == before
    assert "nothing was added" in till.message_label.text()
