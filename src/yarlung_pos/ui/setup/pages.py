"""The pages of the first-run setup window (all but the catalogue, :mod:`.catalogue_page`).

Every page builds its widgets once and sets its texts in ``retranslate()``, called again on a
language change, so what was typed stays.  A page checks what was typed in
``validatePage()`` (on Next) and shows a refusal in words on its ``message`` line.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWizardPage)

from yarlung_pos.config import PAPER_WIDTHS, SettingsError
from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import LANGUAGES
from yarlung_pos.ui.messages import describe, describe_printer_problem
from yarlung_pos.ui.sign_in import pin_field


def message_label(name: str) -> QLabel:
    """A word-wrapped line for a page's refusals (red) and news (green)."""
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show(label: QLabel, text: str, error: bool = True) -> None:
    """Put ``text`` on ``label`` in red (``error``) or green."""
    label.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
    label.setText(text)


def tall_field(name: str, text: str = "") -> QLineEdit:
    """A line edit named ``name`` tall enough for Tibetan stacks (as the back office's)."""
    field = QLineEdit(text, objectName=name)
    field.setMinimumHeight(int(field.fontMetrics().height() * 2))
    return field


class SetupPage(QWizardPage):
    """A page that sets its texts in :meth:`retranslate` (now and on each language change)."""

    def __init__(self, wizard, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setup = wizard  # the SetupWizard (``wizard()`` is None until the page is added)
        self.message = message_label(f"{name}Message")

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        """Set every text in the current language."""

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# ---------------------------------------------------------------------- 1. language

class LanguagePage(SetupPage):
    """The screen language, each named in its own script (``language_<code>`` radio buttons);
    choosing one switches the whole window at once."""

    def __init__(self, wizard):
        super().__init__(wizard, "languagePage")
        self.intro = QLabel(wordWrap=True)
        self.group = QButtonGroup(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES.items():
            button = QRadioButton(name, objectName=f"language_{code}")
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            button.setFont(font)
            button.setMinimumHeight(button.fontMetrics().height() * 2)
            self.group.addButton(button)
            self.buttons[code] = button
            lay.addWidget(button)
            button.toggled.connect(lambda on, c=code: on and self.setup.set_language(c))
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.retranslate()

    def select(self, code: str) -> None:
        """Choose language ``code`` (as a click on it would)."""
        self.buttons[code].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This till is new. A few steps set it up; you can go back to any step."))
        self.intro.setText(self.tr("Choose the language of the till's screens:"))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        try:
            self.setup.save_language()
        except (SettingsError, OSError) as exc:
            show(self.message, self.tr("The language could not be saved: {0}").format(str(exc)))
            return False
        return True


# ---------------------------------------------------------------------- 2. the hall

class HallPage(SetupPage):
    """The hall's name in three scripts (``hallNameBo``/``Zh``/``En``), printed on receipts."""

    def __init__(self, wizard, names: dict[str, str]):
        super().__init__(wizard, "hallPage")
        self.intro = QLabel(wordWrap=True)
        self.fields = {k: tall_field(f"hallName{k.capitalize()}", names.get(k, "")) for k in ("bo", "zh", "en")}
        for f in self.fields.values():
            f.setMaxLength(80)
        self.labels = {k: QLabel() for k in self.fields}
        form = QFormLayout()
        for k, f in self.fields.items():
            self.labels[k].setBuddy(f)
            form.addRow(self.labels[k], f)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.retranslate()

    def names(self) -> dict[str, str]:
        """The names as typed, ``{"bo", "zh", "en"}``."""
        return {k: f.text() for k, f in self.fields.items()}

    def retranslate(self) -> None:
        self.setTitle(self.tr("The hall"))
        self.setSubTitle(self.tr("The name printed at the top of every receipt."))
        self.intro.setText(self.tr("Type the hall's name as customers should read it. A language left empty "
                                   "takes the first name typed."))
        self.labels["bo"].setText(self.tr("In Tibetan"))
        self.labels["zh"].setText(self.tr("In Chinese"))
        self.labels["en"].setText(self.tr("In English"))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        from yarlung_pos.services.hall import check_hall_names
        try:
            check_hall_names(self.names())
        except DomainError as exc:
            show(self.message, describe(exc))
            return False
        self.message.clear()
        return True


# ---------------------------------------------------------------------- 3. enrolment

class EnrolPage(SetupPage):
    """Enrol with the county office (``enrolChoice`` and the :class:`EnrolForm`) or work alone
    for now (``aloneChoice`` with a terminal code, ``terminalCodeInput``).  The enrolment is
    tried on Next and kept once it worked."""

    def __init__(self, wizard, store, clock):
        from yarlung_pos.ui.forms.enrol import EnrolForm
        super().__init__(wizard, "enrolPage")
        self.store = store
        self.enrol_choice = QRadioButton(objectName="enrolChoice")
        self.alone_choice = QRadioButton(objectName="aloneChoice")
        group = QButtonGroup(self)
        group.addButton(self.enrol_choice)
        group.addButton(self.alone_choice)
        self.form = EnrolForm(store, clock)
        self.code = QLineEdit("T01", objectName="terminalCodeInput")
        self.code.setMaxLength(16)
        self.code_label = QLabel()
        self.code_label.setBuddy(self.code)
        self.alone_note = QLabel(wordWrap=True)
        self.alone_note.setStyleSheet("color: #555;")
        alone_row = QHBoxLayout()
        alone_row.addWidget(self.code_label)
        alone_row.addWidget(self.code)
        alone_row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.enrol_choice)
        inner = QVBoxLayout()
        inner.setContentsMargins(28, 0, 0, 8)
        inner.addWidget(self.form)
        lay.addLayout(inner)
        lay.addWidget(self.alone_choice)
        inner2 = QVBoxLayout()
        inner2.setContentsMargins(28, 0, 0, 0)
        inner2.addLayout(alone_row)
        inner2.addWidget(self.alone_note)
        lay.addLayout(inner2)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.enrol_choice.toggled.connect(self._choice_changed)
        self.enrol_choice.setChecked(True)
        self.retranslate()

    def _choice_changed(self) -> None:
        enrol = self.enrol_choice.isChecked()
        self.form.setEnabled(enrol)
        self.code.setEnabled(not enrol)
        self.message.clear()

    def enrolled(self):
        """This till's ``SyncConfig`` once enrolled, else ``None``."""
        from yarlung_pos.sync.client import load_config
        return load_config(self.store)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        config = self.enrolled()
        if config is not None:  # enrolled on an earlier visit, or before setup was closed
            self.form.show_enrolled(config.terminal, config.server_url)
            self.enrol_choice.setChecked(True)
        self.alone_choice.setEnabled(config is None)

    def works_alone(self) -> bool:
        """True when the till works alone for now (not enrolled)."""
        return self.alone_choice.isChecked()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The county office"))
        self.setSubTitle(self.tr("Enrolled, the till sends every sale to the county office and takes its catalogue."))
        self.enrol_choice.setText(self.tr("Enrol with the county office"))
        self.alone_choice.setText(self.tr("Work alone for now"))
        self.code_label.setText(self.tr("Terminal code"))
        self.alone_note.setText(self.tr("Receipt numbers start with this code (like T01). You can enrol later in "
                                        "the back office; sales made before are sent then."))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        from yarlung_pos.services.setup import check_terminal_code
        self.message.clear()
        if self.alone_choice.isChecked():
            try:
                self.code.setText(check_terminal_code(self.code.text()))
            except DomainError as exc:
                show(self.message, describe(exc))
                self.code.setFocus()
                return False
            return True
        config = self.enrolled()
        if config is not None and not self.form.code.text().strip():
            return True  # enrolled already; nothing new typed
        return self.form.try_enrol() is not None


# ---------------------------------------------------------------------- 4. administrator

class AdminPage(SetupPage):
    """The first administrator: name (``adminName``), login (``adminUsername``), PIN twice
    (``adminPin``, ``adminPinAgain``).  Checked on Next, created only when setup finishes."""

    def __init__(self, wizard):
        super().__init__(wizard, "adminPage")
        self.intro = QLabel(wordWrap=True)
        self.name = tall_field("adminName")
        self.name.setMaxLength(100)
        self.username = QLineEdit(objectName="adminUsername")
        self.username.setPlaceholderText("admin")
        self.username.setMaxLength(64)
        self.pin = pin_field("adminPin")
        self.pin2 = pin_field("adminPinAgain")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.username, self.pin, self.pin2)):
            label.setBuddy(field)
            form.addRow(label, field)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.retranslate()

    def draft(self):
        """The administrator as typed (an ``AdminDraft``)."""
        from yarlung_pos.services.setup import AdminDraft
        return AdminDraft(self.username.text().strip() or "admin", self.name.text().strip(), self.pin.text(),
                          self.pin2.text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("The first user of the till. They add cashiers and managers later."))
        self.intro.setText(self.tr("The administrator signs in with a PIN of 4 to 8 digits. Keep it secret."))
        for label, text in zip(self.labels, (self.tr("Name"), self.tr("Login name"), self.tr("PIN (4–8 digits)"),
                                             self.tr("PIN again"))):
            label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        from yarlung_pos.services.setup import check_admin
        try:
            check_admin(self.draft())
        except DomainError as exc:
            show(self.message, describe(exc))
            if self.pin.text() != self.pin2.text():
                self.pin2.clear()
                self.pin2.setFocus()
            return False
        self.message.clear()
        return True


# ---------------------------------------------------------------------- 5. printer

class PrinterPage(SetupPage):
    """The receipt printer: URI (``printerUriInput``), paper (``paperWidthCombo``), a test page
    (``testPrintButton``) — or none for now (``skipPrinterCheck``)."""

    test_done = Signal(bool, str)

    def __init__(self, wizard, settings):
        super().__init__(wizard, "printerPage")
        self.intro = QLabel(wordWrap=True)
        uri = settings.printer_uri if settings.printer_uri != "preview" else ""
        self.uri = QLineEdit(uri, objectName="printerUriInput")
        self.uri.setPlaceholderText("network://192.168.1.50:9100")
        self.examples = QLabel("network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · "
                               "file:///dev/usb/lp0", wordWrap=True)
        self.examples.setStyleSheet("color: #555;")
        self.width = QComboBox(objectName="paperWidthCombo")
        self._width_default = settings.paper_width_dots
        self.test_button = QPushButton(objectName="testPrintButton")
        self.test_button.clicked.connect(self.print_test)
        self.skip = QCheckBox(objectName="skipPrinterCheck")
        self.skip.toggled.connect(self._skip_changed)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        self.labels[0].setBuddy(self.uri)
        self.labels[1].setBuddy(self.width)
        form.addRow(self.labels[0], self.uri)
        form.addRow("", self.examples)
        form.addRow(self.labels[1], self.width)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addLayout(test_row)
        lay.addWidget(self.message)
        lay.addSpacing(12)
        lay.addWidget(self.skip)
        lay.addStretch(1)
        self.test_done.connect(self._on_test_done)
        self.retranslate()

    def _skip_changed(self, skipped: bool) -> None:
        for w in (self.uri, self.width, self.test_button):
            w.setEnabled(not skipped)
        self.message.clear()

    def edited(self, settings):
        """``settings`` with the printer as typed (``preview`` when skipped), not validated."""
        from dataclasses import replace
        if self.skip.isChecked():
            return replace(settings, printer_uri="preview")
        return replace(settings, printer_uri=self.uri.text().strip() or "preview",
                       paper_width_dots=int(self.width.currentData()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The receipt printer"))
        self.setSubTitle(self.tr("Where receipts are printed. You can set it later in Settings."))
        self.intro.setText(self.tr("Type the printer's address and choose the paper, then print a test page."))
        self.labels[0].setText(self.tr("Printer address"))
        self.labels[1].setText(self.tr("Paper"))
        current = self.width.currentData() if self.width.count() else self._width_default
        self.width.clear()
        for dots, name in sorted(PAPER_WIDTHS.items()):
            self.width.addItem(self.tr("{0} — {1} dots").format(name, dots), dots)
        self.width.setCurrentIndex(max(0, self.width.findData(current)))
        self.test_button.setText(self.tr("Print a test page"))
        self.skip.setText(self.tr("No receipt printer for now (skip)"))

    def print_test(self) -> None:
        """Print a test page with what is typed, off the UI thread; the result (or why not)
        shows on the message line."""
        from yarlung_pos.ui.till.counter import TillCounter
        settings = self.edited(self.setup.settings)
        try:
            settings.validate()
        except SettingsError as exc:
            show(self.message, self.tr("Test page not printed: {0}").format(describe(exc)))
            return
        self.test_button.setEnabled(False)
        show(self.message, self.tr("Printing a test page…"), error=False)

        def work() -> None:
            try:
                self.test_done.emit(True, TillCounter._print_test_page(settings))
            except Exception as exc:  # noqa: BLE001 - the printer's own reason, in one line
                self.test_done.emit(False, str(exc) or type(exc).__name__)

        threading.Thread(target=work, name="setup-test-print", daemon=True).start()

    def _on_test_done(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(not self.skip.isChecked())
        if ok:
            show(self.message, text, error=False)
        else:  # the printer's reason in the screen's language; its English detail in the tooltip
            show(self.message, self.tr("Test page not printed: {0}").format(describe_printer_problem(text)))
        self.message.setToolTip("" if ok else text)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        try:
            self.edited(self.setup.settings).validate()
        except SettingsError as exc:
            show(self.message, self.tr("The printer cannot be used: {0}").format(describe(exc)))
            return False
        return True


# ---------------------------------------------------------------------- 7. the float

class FloatPage(SetupPage):
    """The first shift's float in yuan (``floatInput``); Finish sets the till up."""

    def __init__(self, wizard):
        super().__init__(wizard, "floatPage")
        self.intro = QLabel(wordWrap=True)
        self.amount = QLineEdit(objectName="floatInput")
        self.amount.setPlaceholderText("0.00")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(220)
        self.amount.editingFinished.connect(self._tidy)
        font = self.amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.amount.setFont(font)
        self.label = QLabel()
        self.label.setBuddy(self.amount)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(QLabel("￥"))
        row.addWidget(self.amount)
        row.addStretch(1)
        self.summary = QLabel(objectName="setupSummary", wordWrap=True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addSpacing(12)
        lay.addWidget(self.summary)
        lay.addStretch(1)
        self.retranslate()

    def float_fen(self) -> int:
        """The float typed, in fen (empty = 0).  Raises ``InvalidAmount``."""
        from yarlung_pos.domain.money import parse_yuan
        text = self.amount.text().strip()
        return parse_yuan(text) if text else 0

    def _tidy(self) -> None:
        from yarlung_pos.domain.money import InvalidAmount
        try:
            fen = self.float_fen()
        except InvalidAmount:
            return
        if self.amount.text().strip():
            self.amount.setText(f"{fen // 100}.{fen % 100:02d}")

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.summary.setText(self.setup.summary())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first shift"))
        self.setSubTitle(self.tr("Count the cash put in the drawer to start with."))
        self.intro.setText(self.tr("Finish sets the till up and opens the first shift with this float, "
                                   "signed in as the administrator."))
        self.label.setText(self.tr("Float"))
        if self.setup.currentPage() is self:
            self.summary.setText(self.setup.summary())

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        from yarlung_pos.domain.money import InvalidAmount
        try:
            fen = self.float_fen()
        except InvalidAmount:
            show(self.message, self.tr("Type the float in yuan, e.g. 200 or 200.50."))
            self.amount.setFocus()
            return False
        problem = self.setup.finish(fen)
        if problem:
            show(self.message, problem)
            return False
        return True
