"""Signing in to the till: the first administrator of a new till, the sign-in screen, and the
lock screen shown after idle time (or Ctrl+Shift+L) — the open sale waits behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from yarlung_pos.domain.clock import system_clock
from yarlung_pos.domain.model import DomainError
from yarlung_pos.ui.messages import describe


def pin_field(name: str) -> QLineEdit:
    """A PIN entry named ``name``: hidden digits, at most 8."""
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class FirstAdminDialog(QDialog):
    """A till with no users yet: create its first administrator (name, login, PIN twice).
    ``result_user`` holds the new ``User``."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Yarlung POS — first administrator"))
        self.store = store
        self.result_user = None
        intro = QLabel(self.tr("This till has no users yet. Create the administrator, who can then add cashiers "
                               "and managers (yarlung-pos user add …)."))
        intro.setWordWrap(True)
        self.name = QLineEdit(objectName="adminName")
        self.username = QLineEdit(objectName="adminUsername")
        self.username.setPlaceholderText("admin")
        self.pin = pin_field("adminPin")
        self.pin2 = pin_field("adminPinAgain")
        self.message = QLabel(objectName="firstAdminMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Login name"), self.username)
        form.addRow(self.tr("PIN (4–8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def _ok(self) -> None:
        from yarlung_pos.services.user_admin import add_user
        if self.pin.text() != self.pin2.text():
            self.message.setText(self.tr("The two PINs differ."))
            self.pin2.clear()
            return
        username = self.username.text().strip() or "admin"
        try:
            self.result_user = add_user(self.store, username, self.name.text().strip() or username, "admin",
                                        self.pin.text(), actor=None, clock=system_clock)
        except DomainError as exc:
            self.message.setText(describe(exc))
            return
        self.accept()


class SignInDialog(QDialog):
    """Choose your name (``userCombo``), type your PIN (``pinInput``), Enter.  With ``locked``
    (the user who locked the till) it is the lock screen: it cannot be dismissed, only signed
    in to — by that user or another (who then takes over the till).  ``signed_in`` fires with
    the ``User``; ``result_user`` holds it.

    At start-up the screen is shown before the database layer is loaded (issue #13): then
    ``users`` gives the names to choose from (``[(username, name)]``, read without SQLAlchemy)
    and ``store`` is a ``concurrent.futures.Future`` of the store, opening meanwhile; the PIN
    is checked once it is there (the person is still typing, so it nearly always is)."""

    signed_in = Signal(object)

    def __init__(self, store, parent=None, locked=None, clock=None, users=None):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.store, self.locked, self.clock = store, locked, clock
        self.result_user = None
        self.setWindowTitle(self.tr("Till locked") if locked else self.tr("Yarlung POS — sign in"))
        title = QLabel(self.tr("The till is locked. Sign in to go on — the open sale is kept.") if locked
                       else self.tr("Sign in with your PIN."), objectName="signInTitle")
        title.setWordWrap(True)
        self.users = QComboBox(objectName="userCombo")
        if users is None:
            from yarlung_pos.services.users import list_users
            users = [(u.username, u.name) for u in list_users(store)]
        for username, name in users:
            self.users.addItem(f"{name} ({username})", username)
        if locked is not None:
            i = self.users.findData(locked.username)
            if i >= 0:
                self.users.setCurrentIndex(i)
        self.pin = pin_field("pinInput")
        big = self.pin.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.pin.setFont(big)
        # Enter in the PIN field is not connected to ``_ok``: the field passes Enter on to the
        # dialog, whose default button (OK) runs it — connecting both ran it twice, the second
        # time on the field the first had cleared ("Type your PIN" hid "wrong PIN", issue #15).
        self.message = QLabel(objectName="signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.users)
        form.addRow(self.tr("PIN"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | (QDialogButtonBox.StandardButton.NoButton if locked
                                      else QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # a two-line reason fits
        panel = QWidget(objectName="signInPanel")
        panel.setMaximumWidth(560)
        lay = QVBoxLayout(panel)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        if locked is not None and parent is not None:
            self.resize(parent.size())  # the lock screen covers the till: the sale is not on show
        else:
            self.setMinimumWidth(460)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        """Show ``text`` under the PIN, the screen grown if its wrapped lines need more room
        (a Tibetan wrong-PIN message is three lines of tall stacks — issue #15)."""
        self.message.setText(text)
        lay = self.layout()
        lay.activate()
        needed = max(lay.totalMinimumSize().height(), lay.totalHeightForWidth(self.width()))
        if self.height() < needed:
            self.resize(self.width(), needed)

    def reject(self) -> None:  # noqa: D401 - Qt override
        """Esc closes the sign-in screen, never the lock screen."""
        if self.locked is None:
            super().reject()

    def _ok(self) -> None:
        username = self.users.currentData()
        if not username:
            self._say(self.tr("No users — create one with “yarlung-pos user add”."))
            return
        if not self.pin.text():
            self._say(self.tr("Type your PIN."))
            self.pin.setFocus()
            return
        store = self.store
        if hasattr(store, "result"):  # still opening (a Future): wait for it, it is nearly always there
            from PySide6.QtGui import QGuiApplication
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                store = store.result()
            except Exception as exc:  # noqa: BLE001 - DatabaseError: its one line is for the user
                self._say(str(exc))
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
            self.store = store
        from yarlung_pos.services.users import authenticate
        try:
            user = authenticate(store, username, self.pin.text(), self.clock or system_clock)
        except DomainError as exc:
            self._say(describe(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.result_user = user
        self.signed_in.emit(user)
        self.accept()
