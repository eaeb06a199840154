"""The Labels screen: products chosen by search, scan and category; the preview; and every
label of the saved PDF and of the printed job scanned back."""

from collections import Counter

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QListWidget, QPushButton,
                               QSpinBox, QTableWidget)

from yarlung_pos.config import load_settings
from yarlung_pos.printing.labels import LabelError
from yarlung_pos.ui.labels import output as labels_ui
from yarlung_pos.ui.labels import LabelsDialog

MM_PER_PT = 25.4 / 72
URL = "https://yarlung.example/p/"


@pytest.fixture
def dialog(qtbot, demo_till, tmp_path):
    demo_till.service.settings.path = tmp_path / "s.ini"
    d = LabelsDialog(demo_till.service)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def decode_pdf(path, dpi=300):
    """Page sizes (mm) and the text of every QR code on every page."""
    pdf = pdfium.PdfDocument(str(path))
    sizes, qrs = [], []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            sizes.append(tuple(round(v * MM_PER_PT) for v in page.get_size()))
            img = page.render(scale=dpi / 72).to_pil().convert("L")
            qrs += [c.text for c in zxingcpp.read_barcodes(img) if c.format.name == "QRCode"]
    finally:
        pdf.close()
    return sizes, qrs


def rows(d):
    return [(p.sku, n) for p, n in d.items()]


def enter(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_choose_preview_save_and_print(qtbot, dialog, tmp_path):
    d = dialog
    search = d.findChild(QLineEdit, "labelSearchInput")
    results = d.findChild(QListWidget, "labelSearchResults")
    table = d.findChild(QTableWidget, "labelItemsTable")
    message = d.findChild(QLabel, "labelsMessage")
    save = d.findChild(QPushButton, "saveLabelsPdfButton")
    assert search.hasFocus() and not save.isEnabled()

    first, second = [p.sku for p in d.service.search("wine")[:2]]  # the till's ranking
    qtbot.keyClicks(search, "wine")                                 # search, Enter adds the top match
    qtbot.waitUntil(lambda: results.count() >= 2)
    assert results.currentItem().data(Qt.ItemDataRole.UserRole) == first
    enter(qtbot, search)
    qtbot.keyClick(search, Qt.Key.Key_Down)                        # ↓ then Enter: the second match
    enter(qtbot, search)
    enter(qtbot, search)                                            # again: one more copy
    assert rows(d) == [(first, 1), (second, 2)]
    assert second in message.text()

    search.clear()                                                  # a scanned shelf label
    qtbot.keyClicks(search, URL + "GRAIN-001")
    enter(qtbot, search)
    assert rows(d)[-1] == ("GRAIN-001", 1) and search.text() == ""

    combo = d.findChild(QComboBox, "labelCategoryCombo")            # a whole category
    combo.setCurrentIndex(combo.findData("DRINK"))
    qtbot.mouseClick(d.findChild(QPushButton, "addCategoryButton"), Qt.MouseButton.LeftButton)
    drinks = [p.sku for p in d.service.products_in("DRINK")]
    assert len(drinks) >= 8 and "WINE-007" not in drinks         # inactive products get no label
    got = dict(rows(d))
    assert got[first] == 2 and got[second] == 3 and got["GRAIN-001"] == 1
    assert set(got) == set(drinks) | {"GRAIN-001"} and table.rowCount() == len(got)

    row = [p.sku for p, _ in d.items()].index("DRINK-001")         # copies typed in the table
    spin = table.cellWidget(row, 2)
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum()) == (1, 999)
    spin.setValue(5)
    table.setFocus()                                                # Delete removes the selected row
    table.selectRow([p.sku for p, _ in d.items()].index("GRAIN-001"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    expected = {sku: n for sku, n in rows(d)}
    assert "GRAIN-001" not in expected and expected["DRINK-001"] == 5

    template = d.findChild(QComboBox, "labelTemplateCombo")         # 5 × 13 sheet, from label 3
    start = d.findChild(QSpinBox, "labelStartSpin")
    template.setCurrentIndex(template.findData("roll-40x30"))
    assert not start.isEnabled()
    template.setCurrentIndex(template.findData("a4-5x13"))
    assert start.isEnabled() and start.maximum() == 65
    start.setValue(3)
    langs = d.findChild(QComboBox, "labelLanguagesCombo")
    assert langs.currentData() == "bo,zh"                            # the settings' default

    total = sum(expected.values())
    pages = (2 + total - 1) // 65 + 1
    summary = d.findChild(QLabel, "labelSummaryLabel")
    want = f"{total} labels on {pages} page" + ("s" if pages > 1 else "")
    qtbot.waitUntil(lambda: summary.text() == want, timeout=3000)  # debounced preview
    preview = d.findChild(QLabel, "labelPreview")
    assert not preview.pixmap().isNull() and save.isEnabled()
    page = preview.image()
    assert (page.width(), page.height()) == (round(210 / 25.4 * 150), round(297 / 25.4 * 150))
    assert page.pixelColor(5, 5).name() == "#ffffff"

    want_qrs = Counter({URL + sku: n for sku, n in expected.items()})
    run = d.save_pdf(tmp_path / "labels.pdf")                       # the PDF: every label scans
    assert run.pages == pages and len(run.labels) == total
    assert (run.labels[0].label.x, run.labels[0].page) == (pytest.approx((210 - 4 * 40.6 - 38) / 2 + 2 * 40.6), 0)
    sizes, qrs = decode_pdf(tmp_path / "labels.pdf")
    assert sizes == [(210, 297)] * pages
    assert len(qrs) == total and Counter(qrs) == want_qrs

    from PySide6.QtPrintSupport import QPrinter                      # printing: the same drawing
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = d.print_to(printer)
    assert printed.pages == pages and [lab.label for lab in printed.labels] == [lab.label for lab in run.labels]
    sizes, qrs = decode_pdf(tmp_path / "printed.pdf")
    assert sizes == [(210, 297)] * pages
    assert len(qrs) == total and Counter(qrs) == want_qrs


def test_empty_list_and_refused_request_keep_everything(qtbot, dialog):
    d = dialog
    save = d.findChild(QPushButton, "saveLabelsPdfButton")
    message = d.findChild(QLabel, "labelsMessage")
    preview = d.findChild(QLabel, "labelPreview")
    d.refresh_preview()
    assert message.text() and not save.isEnabled() and not d.findChild(QPushButton, "printLabelsButton").isEnabled()
    assert preview.pixmap().isNull()

    d.set_items([("wine-003", 2), ("RUG-003", 1), ("WINE-003", 1)])  # same SKU twice adds up
    assert rows(d) == [("WINE-003", 3), ("RUG-003", 1)]
    with pytest.raises(LabelError, match="NOPE-1"):                 # unknown SKU: nothing changes
        d.set_items([("NOPE-1", 1)])
    assert rows(d) == [("WINE-003", 3), ("RUG-003", 1)] and "NOPE-1" in message.text()

    d.service.settings.label_url_base = "https://" + "x" * 70 + ".example"   # QR too big for a small roll
    template = d.findChild(QComboBox, "labelTemplateCombo")
    template.setCurrentIndex(template.findData("roll-40x30"))
    d.refresh_preview()
    assert "does not fit" in message.text() and "b00020" in message.styleSheet()
    assert preview.pixmap().isNull() and not save.isEnabled()
    assert rows(d) == [("WINE-003", 3), ("RUG-003", 1)]              # the request is kept
    with pytest.raises(LabelError):
        d.save_pdf(d.service.settings.path.with_name("never.pdf"))
    assert not d.service.settings.path.with_name("never.pdf").exists()

    d.service.settings.label_url_base = "https://y.cn"
    d.refresh_preview()
    assert not preview.pixmap().isNull() and save.isEnabled() and message.text() == ""
    assert d.findChild(QLabel, "labelSummaryLabel").text() == "4 labels on 4 pages"

    table = d.findChild(QTableWidget, "labelItemsTable")            # the ✕ buttons empty the list
    for _ in range(2):
        table.cellWidget(0, 3).click()
    d.refresh_preview()
    assert d.items() == [] and not save.isEnabled() and message.text()


def test_calibration_is_used_and_saved(qtbot, dialog, tmp_path):
    d = dialog
    settings = d.service.settings
    d.set_items([("WINE-001", 1)])
    template = d.findChild(QComboBox, "labelTemplateCombo")
    dx, dy = d.findChild(QDoubleSpinBox, "labelOffsetX"), d.findChild(QDoubleSpinBox, "labelOffsetY")
    assert (dx.minimum(), dx.maximum(), dx.singleStep()) == (-10, 10, 0.1)
    template.setCurrentIndex(template.findData("roll-50x30"))
    dx.setValue(1.5)
    dy.setValue(-0.7)
    template.setCurrentIndex(template.findData("a4-3x8"))            # another stock: its own offsets
    assert (dx.value(), dy.value()) == (0, 0)
    template.setCurrentIndex(template.findData("roll-50x30"))        # back: what was typed is kept
    assert (dx.value(), dy.value()) == (1.5, -0.7)

    run = d.save_pdf(tmp_path / "cal.pdf")                           # used before it is saved
    assert (round(run.labels[0].label.x, 6), round(30 - run.labels[0].label.y - 30, 6)) == (1.5, -0.7)
    assert settings.label_offsets == {}

    good = settings.path
    settings.path = tmp_path                                          # a folder: cannot be written
    qtbot.mouseClick(d.findChild(QPushButton, "saveCalibrationButton"), Qt.MouseButton.LeftButton)
    message = d.findChild(QLabel, "labelsMessage")
    assert "not saved" in message.text() and "b00020" in message.styleSheet()
    assert settings.label_offsets == {} and (dx.value(), dy.value()) == (1.5, -0.7)

    settings.path = good
    qtbot.mouseClick(d.findChild(QPushButton, "saveCalibrationButton"), Qt.MouseButton.LeftButton)
    assert settings.label_offsets == {"roll-50x30": (1.5, -0.7)}
    assert load_settings(good).label_offsets == {"roll-50x30": (1.5, -0.7)}

    again = LabelsDialog(d.service)                                   # a new dialog starts from them
    qtbot.addWidget(again)
    again.set_template("roll-50x30")
    assert again.offset() == (1.5, -0.7)


def test_open_in_viewer_writes_to_the_cache(qtbot, dialog, tmp_path, monkeypatch):
    opened = []

    class FakeDesktop:
        @staticmethod
        def openUrl(url):  # noqa: N802 (Qt API)
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(labels_ui, "labels_cache_dir", lambda: tmp_path / "cache" / "labels")
    monkeypatch.setattr(labels_ui, "QDesktopServices", FakeDesktop)
    dialog.set_items([("WINE-001", 2)])
    first = dialog.open_in_viewer()
    second = dialog.open_in_viewer()
    assert first != second and first.parent == tmp_path / "cache" / "labels"
    assert opened == [str(first), str(second)] and "opened" in dialog.message.text()
    _, qrs = decode_pdf(first)
    assert qrs == [URL + "WINE-001"] * 2


def test_screenshot_with_tibetan_products(qtbot, dialog, tmp_path):
    d = dialog
    d.set_items([("RUG-003", 2), ("WINE-002", 3), ("IRON-003", 1), ("GRAIN-002", 4), ("DRINK-001", 1)])
    d.set_template("a4-3x8")
    d.findChild(QLineEdit, "labelSearchInput").setText("བྱམས")
    d._run_search()
    d.refresh_preview()
    assert d.findChild(QListWidget, "labelSearchResults").count() >= 1
    d.resize(1280, 760)
    qtbot.wait(50)
    shot = d.grab()
    assert not shot.isNull() and shot.save(str(tmp_path / "labels-dialog.png"))
    assert d.findChild(QLabel, "labelSummaryLabel").text() == "11 labels on 1 page"


def test_till_opens_the_labels_screen_and_keeps_the_list(qtbot, demo_till):
    till = demo_till
    qtbot.mouseClick(till.findChild(QPushButton, "labelsButton"), Qt.MouseButton.LeftButton)
    dialog = till.labels_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_items([("WINE-001", 2)])
    dialog.reject()
    till.open_labels()
    assert till.labels_dialog is dialog and [(p.sku, c) for p, c in dialog.items()] == [("WINE-001", 2)]
    dialog.reject()


def test_template_names_are_translated(qtbot, demo_till, tmp_path):
    """The label stocks are listed through the "LabelTemplate" translations: a translation
    file (compiled here with lrelease, as the build does) renames them; without one they
    read as before."""
    import subprocess
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTranslator
    from yarlung_pos.printing.labels import TEMPLATES
    from yarlung_pos.ui.labels.options import template_title
    assert template_title(TEMPLATES["a4-3x8"]) == "a4-3x8 — A4 sheet, 3 × 8 labels of 70 × 37 mm"
    assert template_title(TEMPLATES["roll-40x30"]) == "roll-40x30 — roll labels 40 × 30 mm"
    ts = tmp_path / "t_zh_CN.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
                  "<context><name>LabelTemplate</name>"
                  "<message><source>{0} — A4 sheet, {1} × {2} labels of {3} × {4} mm</source>"
                  "<translation>{0} — A4 标签纸，{1} × {2} 张，每张 {3} × {4} 毫米</translation></message>"
                  "<message><source>{0} — roll labels {3} × {4} mm</source>"
                  "<translation>{0} — 卷筒标签 {3} × {4} 毫米</translation></message>"
                  "</context></TS>", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "t_zh_CN.qm")], check=True, timeout=60,
                   capture_output=True)
    tr = QTranslator()
    assert tr.load(str(tmp_path / "t_zh_CN.qm"))
    QCoreApplication.installTranslator(tr)
    try:
        d = LabelsDialog(demo_till.service)
        qtbot.addWidget(d)
        combo = d.findChild(QComboBox, "labelTemplateCombo")
        texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        assert texts["a4-3x8"] == "a4-3x8 — A4 标签纸，3 × 8 张，每张 70 × 37 毫米"
        assert texts["roll-50x30"] == "roll-50x30 — 卷筒标签 50 × 30 毫米"
        assert texts["a4-5x13"] == "a4-5x13 — A4 标签纸，5 × 13 张，每张 38 × 21.2 毫米"
    finally:
        QCoreApplication.removeTranslator(tr)
