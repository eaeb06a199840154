"""The till prints through the queue: the printer gets exactly the preview, a dead printer
costs nothing, reprint prints once."""

import sqlite3

import pytest

from tests.ui.conftest import approve_as_manager
from PIL import Image, ImageChops
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from yarlung_pos.config import Settings, load_settings
from yarlung_pos.printing.escpos_codec import decode_job
from yarlung_pos.services.print_worker import PrintWorker
from yarlung_pos.ui.app import build_till, create_app

from ..support.fake_printer import FakePrinter, free_port
from .test_till_sale import open_payment, scan


@pytest.fixture
def make_till(qtbot, db_path):
    stores = []

    def make(uri):
        create_app()
        window, store = build_till(db_path, demo=True, settings=Settings(printer_uri=uri, paper_width_dots=384))
        window.confirm_close = False
        qtbot.addWidget(window)
        worker = PrintWorker(store, lambda: window.service.settings)  # driven by hand: run_once()
        window.attach_print_worker(worker)
        window.show()
        stores.append(store)
        return window, worker

    yield make
    for s in stores:
        s.close()


def pay_cash(qtbot, till, amount="100"):
    dialog = open_payment(qtbot, till)
    qtbot.keyClicks(dialog.tendered_input, amount)
    qtbot.keyClick(dialog.tendered_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is None)


def qimage_to_pil(qimg) -> Image.Image:
    from PySide6.QtGui import QImage
    g = qimg.convertToFormat(QImage.Format.Format_Grayscale8)
    return Image.frombuffer("L", (g.width(), g.height()), bytes(g.constBits()), "raw", "L", g.bytesPerLine(), 1)


def test_sale_prints_exactly_the_preview(qtbot, make_till):
    printer = FakePrinter()
    try:
        till, worker = make_till(printer.uri)
        scan(qtbot, till, "IRON-003")
        pay_cash(qtbot, till, "1000")
        assert worker.run_once() == 1
        printed, info = decode_job(printer.wait_for_jobs(1)[0])
        shown = qimage_to_pil(till.receipt_image)
        assert printed.size == shown.size == (384, shown.height)
        assert ImageChops.difference(printed.convert("L"), shown).getbbox() is None
        assert info["drawer"] == [2]
    finally:
        printer.stop()


def test_dead_printer_keeps_the_sale_and_prints_once_when_back(qtbot, make_till, db_path):
    port = free_port()
    till, worker = make_till(f"network://127.0.0.1:{port}?timeout=1")
    scan(qtbot, till, "WINE-001")
    pay_cash(qtbot, till, "50")
    assert "T01-000001" in till.findChild(QLabel, "saleNumberLabel").text()   # sale done at once
    assert worker.run_once() == 0
    qtbot.waitUntil(lambda: till.findChild(QPushButton, "retryPrintButton").isVisible())
    status = till.findChild(QLabel, "printerStatusLabel").text()
    assert "refused" in status and "receipts waiting: 1" in status
    assert sqlite3.connect(db_path).execute("select count(*) from sales").fetchone() == (1,)
    printer = FakePrinter(port)
    try:
        qtbot.mouseClick(till.findChild(QPushButton, "retryPrintButton"), Qt.MouseButton.LeftButton)
        assert worker.run_once() == 1
        assert worker.run_once() == 0
        qtbot.waitUntil(lambda: not till.findChild(QPushButton, "retryPrintButton").isVisible())
        assert len(printer.wait_for_jobs(1)) == 1
    finally:
        printer.stop()


def test_reprint_pressed_twice_prints_one_copy(qtbot, make_till):
    printer = FakePrinter()
    try:
        till, worker = make_till(printer.uri)
        scan(qtbot, till, "WINE-001")
        pay_cash(qtbot, till, "50")
        worker.run_once()
        reprint = till.findChild(QPushButton, "reprintButton")
        qtbot.mouseClick(reprint, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(reprint, Qt.MouseButton.LeftButton)
        assert worker.run_once() == 1
        jobs = printer.wait_for_jobs(2)
        assert len(jobs) == 2
        assert decode_job(jobs[1])[1]["drawer"] == []      # a copy never opens the drawer
    finally:
        printer.stop()


def test_settings_dialog_keeps_input_on_error_and_saves(qtbot, make_till, tmp_path):
    till, _ = make_till("preview")
    till.service.settings.path = tmp_path / "settings.ini"
    till.open_settings()
    assert getattr(till, "settings_dialog", None) is None   # a cashier needs a manager first
    approve_as_manager(till)
    dialog = till.settings_dialog
    dialog.printer_input.setText("lpt://nonsense")
    dialog.save()
    assert dialog.isVisible() and "unknown printer" in dialog.message.text()
    assert dialog.printer_input.text() == "lpt://nonsense"          # nothing typed is lost
    dialog.printer_input.setText("network://192.0.2.10:9100")
    dialog.width_combo.setCurrentIndex(dialog.width_combo.findData(384))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = load_settings(tmp_path / "settings.ini")
    assert (saved.printer_uri, saved.paper_width_dots) == ("network://192.0.2.10:9100", 384)
    assert till.service.settings.printer_uri == "network://192.0.2.10:9100"
    from yarlung_pos.services.audit import entries
    change, = entries(till.service.store, "settings_changed")
    assert change.user == "padma" and change.approved_by == "dorje"
    assert change.details["changed"]["printer_uri"] == ["preview", "network://192.0.2.10:9100"]


def test_settings_test_page_reaches_the_printer(qtbot, make_till):
    printer = FakePrinter()
    try:
        till, _ = make_till("preview")
        till.open_settings()
        approve_as_manager(till)
        dialog = till.settings_dialog
        dialog.printer_input.setText(printer.uri)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: "sent to" in dialog.message.text(), timeout=10000)
        image, _ = decode_job(printer.wait_for_jobs(1)[0])
        assert image.width == 384  # the paper width chosen in the dialog
        dialog.reject()
    finally:
        printer.stop()
