"""Enrolling this till with the county office: the server's address, the one-time code and an
optional CA file.  The connection is tried and a failure explained in words in the user's
language (server not reachable, code not accepted, not a county server, certificate problem).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget



def explain_sync_error(exc: Exception) -> str:
    """A failed enrolment or sync (:class:`yarlung_pos.sync.client.SyncError`, by its
    ``reason``) as one or two sentences in the current language: what went wrong and what to
    do about it."""
    reason = getattr(exc, "reason", "other")
    texts = {
        "address": QCoreApplication.translate(
            "EnrolForm", "The server address must start with https:// (or http:// on the hall's own network), "
                         "for example https://county.example:8000."),
        "unreachable": QCoreApplication.translate(
            "EnrolForm", "The county server cannot be reached at this address. Check the address, the network "
                         "cable or Wi-Fi, and ask the county office whether the server is running."),
        "certificate": QCoreApplication.translate(
            "EnrolForm", "The server's certificate cannot be checked. Choose the CA file the county office gave "
                         "you, or check that the address is right."),
        "refused": QCoreApplication.translate(
            "EnrolForm", "The one-time code was not accepted: it is wrong, used already or expired. Ask the "
                         "county office for a new code."),
        "not_server": QCoreApplication.translate(
            "EnrolForm", "Something answers at this address, but it is not a Yarlung county server. Check the "
                         "address with the county office."),
    }
    text = texts.get(reason)
    if text is None:
        text = QCoreApplication.translate("EnrolForm", "The county server refused the enrolment: {0}").format(str(exc))
    return text


class EnrolForm(QWidget):
    """Server URL (``serverUrlInput``), one-time code (``enrolCodeInput``), CA file
    (``caFileInput`` and its ``caFileButton`` picker) and a message line (``enrolMessage``).
    :meth:`try_enrol` enrols through :func:`yarlung_pos.sync.client.enrol`; ``enrolled(str)``
    fires with the terminal code.  ``store``: the till's ``Store``; ``clock``: a ``Clock``.
    Texts follow a language change (:meth:`retranslate`)."""

    enrolled = Signal(str)

    def __init__(self, store, clock, parent=None):
        super().__init__(parent)
        self.setObjectName("enrolForm")
        self.store, self.clock = store, clock
        self.url = QLineEdit(objectName="serverUrlInput")
        self.url.setPlaceholderText("https://county.example:8000")
        self.code = QLineEdit(objectName="enrolCodeInput")
        self.ca_file = QLineEdit(objectName="caFileInput")
        self.ca_button = QPushButton(objectName="caFileButton")
        self.ca_button.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)
        self.message = QLabel(objectName="enrolMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self._labels, (self.url, self.code, self.ca_file)):
            label.setBuddy(field)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._labels[0], self.url)
        form.addRow(self._labels[1], self.code)
        form.addRow(self._labels[2], ca_row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(self.message)
        self.terminal: str | None = None
        self.retranslate()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self._labels[0].setText(self.tr("County server address"))
        self._labels[1].setText(self.tr("One-time code"))
        self._labels[2].setText(self.tr("CA file (optional)"))
        self.code.setPlaceholderText(self.tr("from the county office"))
        self.ca_file.setPlaceholderText(self.tr("only if the county office gave you one"))
        self.ca_button.setText(self.tr("Choose…"))
        if self._last_error is not None:
            self._show(explain_sync_error(self._last_error), error=True)
        elif self.terminal:
            self._show(self.tr("Enrolled: this till is {0} for the county office.").format(self.terminal), error=False)

    _last_error = None

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ actions
    def choose_ca_file(self) -> None:
        """Pick the CA file with a file dialog."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The county office's CA file"), self.ca_file.text(),
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def _show(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def show_enrolled(self, terminal: str, server_url: str = "") -> None:
        """Show that the till is enrolled already (as ``terminal`` with ``server_url``)."""
        self.terminal, self._last_error = terminal, None
        if server_url and not self.url.text():
            self.url.setText(server_url)
        self._show(self.tr("Enrolled: this till is {0} for the county office.").format(terminal), error=False)

    def try_enrol(self) -> str | None:
        """Enrol with what is typed.  Returns the terminal code (and fires ``enrolled``), or
        ``None`` after showing why not (nothing typed is lost).  Blocks until the server
        answers or the client times out."""
        from yarlung_pos.sync.client import SyncError, enrol
        url, code, ca = self.url.text().strip(), self.code.text().strip(), self.ca_file.text().strip() or None
        self._last_error = None
        if not url:
            self._show(self.tr("Type the county server's address."), error=True)
            self.url.setFocus()
            return None
        if not code:
            self._show(self.tr("Type the one-time code from the county office."), error=True)
            self.code.setFocus()
            return None
        self._show(self.tr("Connecting to the county server…"), error=False)
        self.message.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            terminal = enrol(self.store, url, code, ca)
        except SyncError as exc:
            self._last_error = exc
            self._show(explain_sync_error(exc), error=True)
            self.message.setToolTip(str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.setToolTip("")
        self.code.clear()  # used up
        self.show_enrolled(terminal)
        self.enrolled.emit(terminal)
        return terminal
