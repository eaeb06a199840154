"""The Users tab: the till's people (name, login, role, active, locked until) and what an
admin does with them — add a user, set a PIN, change a role, unlock, deactivate or activate.

Who may do each is decided by :mod:`yarlung_pos.services.user_admin` (action ``users``: an
admin; ``user_unlock``: a manager or admin); the dialogs only collect the approver's PIN
(:class:`~yarlung_pos.ui.backoffice.approving.ApprovingDialog`) and show a refusal in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.i18n import format_datetime
from yarlung_pos.services import user_admin
from yarlung_pos.services.authority import Approval
from yarlung_pos.services.backoffice_queries import UserLine, user_lines
from yarlung_pos.services.till import TillService
from yarlung_pos.services.users import ROLES, AuthError
from yarlung_pos.ui.backoffice.approving import ApprovingDialog
from yarlung_pos.ui.backoffice.common import GREY, Message, make_table, no_default_buttons, text_cell
from yarlung_pos.ui.backoffice.editor import CHOICE, NOTE, SHOW, TALL, Field
from yarlung_pos.ui.messages import describe


def role_name(role: str) -> str:
    """The translated name of a role (``cashier``, ``manager``, ``admin``; the till's own words for them);
    another text as is."""
    names = {"cashier": QCoreApplication.translate("TillCounter", "cashier"),
             "manager": QCoreApplication.translate("TillCounter", "manager"),
             "admin": QCoreApplication.translate("TillCounter", "admin")}
    return names.get(role, role)


def _pins_match(pin: str, again: str) -> None:
    if pin != again:
        raise AuthError(QT_TRANSLATE_NOOP("DomainError", "the two PINs are not the same — type the PIN again"))


class UsersTab(QWidget):
    """Every user (``usersTable``) and the buttons ``addUserButton``, ``setPinButton``,
    ``changeRoleButton``, ``unlockUserButton`` and ``activeUserButton`` (Deactivate or
    Activate the selected user).  The public methods (:meth:`add_user`, :meth:`set_pin`,
    :meth:`set_role`, :meth:`unlock`, :meth:`set_active`) do what the dialogs do, given an
    :class:`~yarlung_pos.services.authority.Approval` (or ``None``); they raise what the
    service raises and show the outcome under the table."""

    COL_NAME, COL_LOGIN, COL_ROLE, COL_ACTIVE, COL_LOCKED = range(5)

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("usersTab")
        self.service = service
        self.lines: list[UserLine] = []
        self.dialog: ApprovingDialog | None = None  # the dialog open, if any
        self.intro = QLabel(objectName="usersIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {GREY};")
        self.table = make_table("usersTable", [""] * 5, stretch=self.COL_NAME)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(objectName="addUserButton")
        self.add_button.clicked.connect(self.open_add_dialog)
        self.pin_button = QPushButton(objectName="setPinButton")
        self.pin_button.clicked.connect(self.open_pin_dialog)
        self.role_button = QPushButton(objectName="changeRoleButton")
        self.role_button.clicked.connect(self.open_role_dialog)
        self.unlock_button = QPushButton(objectName="unlockUserButton")
        self.unlock_button.clicked.connect(self.open_unlock_dialog)
        self.active_button = QPushButton(objectName="activeUserButton")
        self.active_button.clicked.connect(self.open_active_dialog)
        self.message = Message("usersMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for b in (self.pin_button, self.role_button, self.unlock_button, self.active_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self.retranslate()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.intro.setText(self.tr("Only an admin adds users, sets PINs, changes roles and (de)activates users; "
                                   "a manager may unlock a user locked out after wrong PINs."))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Active"),
                                              self.tr("Locked until")])
        self.add_button.setText(self.tr("Add user…"))
        self.pin_button.setText(self.tr("Set PIN…"))
        self.role_button.setText(self.tr("Change role…"))
        self.unlock_button.setText(self.tr("Unlock…"))
        self.message.clear()
        self.refresh()

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the table
    def refresh(self) -> None:
        """Reload the users, keeping the selected one."""
        keep = self.selected_username()
        now = self.service.clock()
        self.lines = user_lines(self.service.store, now)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.lines))
        for row, u in enumerate(self.lines):
            locked = format_datetime(u.locked_until.astimezone(now.tzinfo)) if u.locked_until else ""
            cells = (text_cell(u.name, tip=u.name, data=u.username), text_cell(u.username), text_cell(role_name(u.role)),
                     text_cell(self.tr("yes") if u.active else self.tr("no")), text_cell(locked))
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        if keep:
            self.select(keep)
        self._update_buttons()

    def select(self, username: str) -> None:
        """Select the row of ``username``."""
        for row, u in enumerate(self.lines):
            if u.username == username:
                self.table.selectRow(row)
                return

    def selected_username(self) -> str | None:
        """The login name of the selected user, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), self.COL_NAME)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def line(self, username: str) -> UserLine | None:
        """The listed :class:`UserLine` of ``username``."""
        return next((u for u in self.lines if u.username == username), None)

    def _update_buttons(self) -> None:
        u = self.line(self.selected_username() or "")
        for b in (self.pin_button, self.role_button, self.active_button):
            b.setEnabled(u is not None)
        self.unlock_button.setEnabled(u is not None and u.locked_until is not None)
        self.active_button.setText(self.tr("Activate…") if u is not None and not u.active else self.tr("Deactivate…"))

    # ------------------------------------------------------------------ actions (the services decide)
    def _done(self, text: str, username: str) -> None:
        self.refresh()
        self.select(username)
        self.message.say(text, "ok")

    def _run(self, action, *args, **kwargs) -> None:
        try:
            action(self.service.store, *args, actor=self.service.user, clock=self.service.clock, **kwargs)
        except DomainError as exc:
            self.message.say(describe(exc), "error")
            raise

    def add_user(self, username: str, name: str, role: str, pin: str, pin_again: str,
                 approval: Approval | None = None) -> None:
        """Add a user (the two PINs must match).  Raises ``AuthError`` or ``ApprovalRequired``."""
        try:
            _pins_match(pin, pin_again)
        except DomainError as exc:
            self.message.say(describe(exc), "error")
            raise
        self._run(user_admin.add_user, username, name, role, pin, approval=approval)
        login = username.strip().lower()
        self._done(self.tr("{0} can sign in now.").format(login), login)

    def set_pin(self, username: str, pin: str, pin_again: str, approval: Approval | None = None) -> None:
        """Give ``username`` a new PIN (it also unlocks them)."""
        try:
            _pins_match(pin, pin_again)
        except DomainError as exc:
            self.message.say(describe(exc), "error")
            raise
        self._run(user_admin.set_pin, username, pin, approval=approval)
        self._done(self.tr("{0} has a new PIN.").format(username), username)

    def set_role(self, username: str, role: str, approval: Approval | None = None) -> None:
        """Make ``username`` a cashier, manager or admin."""
        self._run(user_admin.set_role, username, role, approval=approval)
        self._done(self.tr("{0} is now: {1}.").format(username, role_name(role)), username)

    def unlock(self, username: str, approval: Approval | None = None) -> None:
        """Lift ``username``'s lock-out."""
        self._run(user_admin.unlock, username, approval=approval)
        self._done(self.tr("{0} is unlocked.").format(username), username)

    def set_active(self, username: str, active: bool, approval: Approval | None = None) -> None:
        """Deactivate (``active`` False: cannot sign in) or activate ``username``."""
        self._run(user_admin.set_active, username, active, approval=approval)
        self._done((self.tr("{0} can sign in again.") if active else self.tr("{0} can no longer sign in.")
                    ).format(username), username)

    # ------------------------------------------------------------------ dialogs
    def _role_choices(self) -> tuple[tuple[str, str], ...]:
        return tuple((role_name(r), r) for r in ROLES)

    def _user_field(self) -> Field:
        return Field("user", self.tr("User"), "userShown", SHOW)

    def _open(self, action: str, name: str, title: str, ok: str, ok_name: str, fields, apply,
              username: str | None = None) -> ApprovingDialog | None:
        if username is None and any(f.key == "user" for f in fields):
            username = self.selected_username()
            if username is None:
                self.message.say(self.tr("Select a user first."), "error")
                return None
        dialog = ApprovingDialog(self, self.service, action, name, title, ok, ok_name, fields, apply)
        tall = int(dialog.fontMetrics().height() * 2)  # whole Tibetan stacks in a role's name
        for f in fields:
            if f.kind == CHOICE:
                dialog.widget(f.key).setMinimumHeight(tall)
        if username is not None:
            u = self.line(username)
            dialog.editor.set_values({"user": f"{u.name} ({u.username})" if u else username})
        dialog.setModal(True)
        dialog.resize(520, 0)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.show()
        return dialog

    def open_add_dialog(self) -> ApprovingDialog:
        """The Add user dialog: name, login, role, PIN twice (and an admin's approval)."""
        fields = [Field("name", self.tr("Name"), "newUserName", TALL,
                        placeholder=self.tr("as shown on screen and receipts")),
                  Field("username", self.tr("Login"), "newUserLogin",
                        placeholder=self.tr("lower-case letters and digits, e.g. tashi")),
                  Field("role", self.tr("Role"), "newUserRole", CHOICE, choices=self._role_choices()),
                  Field("pin", self.tr("PIN"), "newUserPin", placeholder=self.tr("4 to 8 digits")),
                  Field("pin_again", self.tr("PIN again"), "newUserPinAgain")]

        def apply(v: dict, approval) -> None:
            self.add_user(v["username"], v["name"], v["role"], v["pin"], v["pin_again"], approval)

        dialog = self._open("users", "addUserDialog", self.tr("Add user"), self.tr("Add"), "addUserConfirmButton",
                            fields, apply)
        _password(dialog, "pin", "pin_again")
        dialog.widget("name").setFocus()
        return dialog

    def open_pin_dialog(self, username: str | None = None) -> ApprovingDialog | None:
        """The Set PIN dialog of the selected user (or ``username``)."""
        fields = [self._user_field(), Field("pin", self.tr("New PIN"), "setPinInput", placeholder=self.tr("4 to 8 digits")),
                  Field("pin_again", self.tr("PIN again"), "setPinAgainInput"),
                  Field("note", self.tr("A new PIN also lifts a lock-out."), kind=NOTE)]
        target = username or self.selected_username()
        dialog = self._open("users", "setPinDialog", self.tr("Set PIN"), self.tr("Set PIN"), "setPinConfirmButton",
                            fields, lambda v, a: self.set_pin(target, v["pin"], v["pin_again"], a), target)
        if dialog is not None:
            _password(dialog, "pin", "pin_again")
            dialog.widget("pin").setFocus()
        return dialog

    def open_role_dialog(self, username: str | None = None) -> ApprovingDialog | None:
        """The Change role dialog of the selected user (or ``username``)."""
        target = username or self.selected_username()
        fields = [self._user_field(), Field("role", self.tr("Role"), "changeRoleCombo", CHOICE,
                                            choices=self._role_choices())]
        dialog = self._open("users", "changeRoleDialog", self.tr("Change role"), self.tr("Change role"),
                            "changeRoleConfirmButton", fields, lambda v, a: self.set_role(target, v["role"], a), target)
        if dialog is not None and self.line(target or "") is not None:
            dialog.editor.set_values({"role": self.line(target).role})
        return dialog

    def open_unlock_dialog(self, username: str | None = None) -> ApprovingDialog | None:
        """The Unlock dialog of the selected user (or ``username``; a manager may unlock)."""
        target = username or self.selected_username()
        fields = [self._user_field()]
        return self._open("user_unlock", "unlockUserDialog", self.tr("Unlock user"), self.tr("Unlock"),
                          "unlockConfirmButton", fields, lambda v, a: self.unlock(target, a), target)

    def open_active_dialog(self, username: str | None = None) -> ApprovingDialog | None:
        """Deactivate (or, for a deactivated one, activate) the selected user (or ``username``)."""
        target = username or self.selected_username()
        u = self.line(target or "")
        active = u is not None and not u.active  # what it becomes
        fields = [self._user_field(),
                  Field("note", self.tr("A deactivated user cannot sign in; their sales and shifts stay as they are.")
                        if not active else self.tr("The user can sign in again with their PIN."), kind=NOTE)]
        title = self.tr("Activate user") if active else self.tr("Deactivate user")
        return self._open("users", "activeUserDialog", title, self.tr("Activate") if active else self.tr("Deactivate"),
                          "activeConfirmButton", fields, lambda v, a: self.set_active(target, active, a), target)


def _password(dialog: ApprovingDialog, *keys: str) -> None:
    for key in keys:
        w = dialog.widget(key)
        w.setEchoMode(QLineEdit.EchoMode.Password)
        w.setMaxLength(8)
