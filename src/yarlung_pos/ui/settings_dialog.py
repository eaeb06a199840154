"""Terminal settings: the receipt printer, paper, cash drawer, receipt languages and QR address.

What is typed is kept when a value is refused: the error is shown and the dialog stays open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from yarlung_pos.config import PAPER_WIDTHS, Settings, SettingsError, save_settings
from yarlung_pos.domain.model import DomainError
from yarlung_pos.ui.messages import describe, describe_printer_problem
from yarlung_pos.printing.escpos_codec import profile_names, profile_width

#: each receipt language named in its own script (what the chooser shows, in any screen language)
RECEIPT_LANGUAGE_NAMES = {"bo": "བོད་ཡིག", "zh": "中文", "en": "English"}
#: the receipt language choices offered, in stacking order (a setting not listed is added)
RECEIPT_LANGUAGE_CHOICES: tuple[tuple[str, ...], ...] = (
    ("bo", "zh", "en"), ("bo", "zh"), ("zh", "bo"), ("zh", "en"), ("en", "zh"), ("bo", "en"), ("en", "bo"),
    ("bo",), ("zh",), ("en",))


def receipt_languages_text(languages: tuple[str, ...]) -> str:
    """How the chooser names a choice: ``("bo", "zh") → "བོད་ཡིག + 中文"``."""
    return " + ".join(RECEIPT_LANGUAGE_NAMES.get(x, x) for x in languages)


class SettingsDialog(QDialog):
    """Edits a copy of ``settings``; on OK validates, saves through ``save(settings)`` (the
    till's use case, which decides who may and audits the change; default: write the file)
    and keeps the result in :attr:`result_settings`.  ``test_print(settings)`` prints a test
    page with the values as typed and returns a message (or raises with the reason)."""

    test_done = Signal(bool, str)

    def __init__(self, settings: Settings, test_print: Callable[[Settings], str] | None = None, parent=None,
                 save: Callable[[Settings], object] | None = None):
        super().__init__(parent)
        self._save = save or save_settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.result_settings: Settings | None = None
        self._test_print = test_print
        self.test_done.connect(self._on_test_done)

        self.printer_input = QLineEdit(settings.printer_uri, objectName="printerUriInput")
        self.printer_input.setPlaceholderText("network://192.168.1.50:9100")
        from yarlung_pos.ui.widgets import WrappingLabel  # keeps the height its wrapped lines need
        examples = WrappingLabel(self.tr("network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · "
                                         "file:///dev/usb/lp0 · preview (no printer)"))
        examples.setObjectName("printerUriExamples")
        examples.setStyleSheet("color: #555;")
        self.width_combo = QComboBox(objectName="paperWidthCombo")
        for dots, name in sorted(PAPER_WIDTHS.items()):
            self.width_combo.addItem(self.tr("{0} — {1} dots").format(name, dots), dots)
        self.width_combo.setCurrentIndex(max(0, self.width_combo.findData(settings.paper_width_dots)))
        self.profile_combo = QComboBox(objectName="printerProfileCombo")
        for name in profile_names():
            width = profile_width(name)
            self.profile_combo.addItem(f"{name}" + (f" ({width} dots)" if width else ""), name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(settings.printer_profile)))
        self.cut_check = QCheckBox(self.tr("Cut the paper after each receipt"), objectName="autoCutCheck")
        self.cut_check.setChecked(settings.auto_cut)
        self.drawer_combo = QComboBox(objectName="drawerPinCombo")
        for pin, label in ((0, self.tr("No cash drawer")), (2, self.tr("Pin 2 (most drawers)")), (5, self.tr("Pin 5"))):
            self.drawer_combo.addItem(label, pin)
        self.drawer_combo.setCurrentIndex(max(0, self.drawer_combo.findData(settings.drawer_pin)))
        self.url_input = QLineEdit(settings.receipt_url_base, objectName="receiptUrlInput")
        self.receipt_languages_combo = QComboBox(objectName="receiptLanguagesCombo")
        current = tuple(settings.receipt_languages)
        choices = list(RECEIPT_LANGUAGE_CHOICES)
        if current and current not in choices:
            choices.append(current)
        for langs in choices:
            self.receipt_languages_combo.addItem(receipt_languages_text(langs), ",".join(langs))
        self.receipt_languages_combo.setCurrentIndex(max(0, self.receipt_languages_combo.findData(",".join(current))))
        self.receipt_languages_combo.setToolTip(self.tr(
            "Scripts on receipts and X/Z reports, top to bottom. With all three, names print in all three "
            "and the labels in Chinese and English."))

        form = QFormLayout()
        form.addRow(self.tr("Receipt printer"), self.printer_input)
        form.addRow("", examples)
        form.addRow(self.tr("Paper"), self.width_combo)
        form.addRow(self.tr("Printer model (profile)"), self.profile_combo)
        form.addRow("", self.cut_check)
        form.addRow(self.tr("Cash drawer"), self.drawer_combo)
        form.addRow(self.tr("Receipt languages"), self.receipt_languages_combo)
        form.addRow(self.tr("Receipt QR address"), self.url_input)

        self.message = QLabel(objectName="settingsMessage")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Print a test page"), objectName="testPrintButton")
        self.test_button.clicked.connect(self.print_test)
        self.test_button.setEnabled(test_print is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.test_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(640, 360)

    def edited(self) -> Settings:
        """The settings as currently typed (not validated)."""
        return replace(self.original, printer_uri=self.printer_input.text().strip() or "preview",
                       paper_width_dots=int(self.width_combo.currentData()),
                       printer_profile=str(self.profile_combo.currentData()),
                       auto_cut=self.cut_check.isChecked(), drawer_pin=int(self.drawer_combo.currentData()),
                       receipt_url_base=self.url_input.text().strip(),
                       receipt_languages=tuple(str(self.receipt_languages_combo.currentData()).split(",")))

    def _show(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setToolTip("")
        self.message.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow the dialog when a (wrapped) message needs more lines, so no wrapped hint above
        it is squeezed (the URI examples under the printer field stay whole)."""
        lay = self.layout()
        lay.activate()
        need = lay.minimumHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.minimumSize().height()
        if need > self.height():
            self.resize(self.width(), need)

    def print_test(self) -> None:
        """Print a test page with the values as typed (nothing is saved), off the UI thread:
        a printer that is off only makes the message wait for its timeout."""
        settings = self.edited()
        try:
            settings.validate()
        except SettingsError as exc:
            self._show(self.tr("Test page not printed: {0}").format(describe(exc)), error=True)
            return
        self.test_button.setEnabled(False)
        self._show(self.tr("Printing a test page…"), error=False)

        def work() -> None:
            try:
                self.test_done.emit(True, self._test_print(settings))
            except Exception as exc:  # the printer's own reason, in one line
                self.test_done.emit(False, str(exc))

        threading.Thread(target=work, name="test-print", daemon=True).start()

    def _on_test_done(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        if ok:
            self._show(text, error=False)
        else:  # the printer's reason in the screen's language; its English detail in the tooltip
            self._show(self.tr("Test page not printed: {0}").format(describe_printer_problem(text)), error=True)
            self.message.setToolTip(text)

    def save(self) -> None:
        """Validate, write the settings file and close; on error keep everything typed."""
        settings = self.edited()
        try:
            self._save(settings)
        except DomainError as exc:
            self._show(self.tr("Not saved: {0}").format(describe(exc)), error=True)
            return
        except (SettingsError, OSError) as exc:
            self._show(self.tr("Not saved: {0}").format(describe(exc)), error=True)
            return
        self.result_settings = settings
        self.accept()
