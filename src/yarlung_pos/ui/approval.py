"""Manager approval: a box embedded in dialogs (refund, discount, price override …) and a small
dialog of its own (opening the drawer).

When the signed-in user is a manager or admin the box stays hidden.  Otherwise a manager picks
their name and types their PIN at the till; a wrong PIN counts towards *their* lock-out.  The
box only collects the approval: the use case it is passed to decides and audits it
(:mod:`yarlung_pos.services.authority`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QVBoxLayout)

from yarlung_pos.domain.model import DomainError
from yarlung_pos.services.authority import Approval, approval_of
from yarlung_pos.ui.messages import describe


class ApprovalBox(QGroupBox):
    """Manager name (``approverCombo``) and PIN (``approverPin``).  Call :meth:`approve`."""

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("approvalBox")
        self.setTitle(self.tr("Manager approval"))
        self.service = service
        self.combo = QComboBox(objectName="approverCombo")
        # managers first: they are the ones on the floor; the admin is the fallback
        for u in sorted(service.approvers(), key=lambda u: (u.role != "manager", u.name)):
            self.combo.addItem(f"{u.name} ({u.username})", u.username)
        self.pin = QLineEdit(objectName="approverPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("Manager's PIN"))
        tall = int(self.fontMetrics().height() * 2)  # whole glyphs (descenders, Tibetan stacks)
        for w in (self.combo, self.pin):
            w.setMinimumHeight(tall)
        self.message = QLabel(objectName="approvalMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Manager"), self.combo)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.message)
        # never squeezed below its rows (word-wrapped labels around it can make a layout try)
        self.setMinimumHeight(self.sizeHint().height())
        self.setVisible(self.needed)

    @property
    def needed(self) -> bool:
        """True when the signed-in user cannot approve on their own."""
        return not self.service.can_approve

    def require(self, on: bool = True) -> None:
        """Show the box (``on``) when approval will be needed, hide it otherwise."""
        self.setVisible(on and self.needed)

    def approve(self, action: str, **details) -> Approval | None:
        """The manager's :class:`~yarlung_pos.services.authority.Approval` of ``action``, or
        ``None`` (the reason is shown in the box, the PIN field cleared).  A manager at the
        till approves themselves."""
        if not self.needed:
            return approval_of(self.service.user, action) if self.service.user is not None else None
        username = self.combo.currentData()
        if not username:
            self.message.setText(self.tr("No manager is set up on this till — ask an admin to add one."))
            return None
        if not self.pin.text():
            self.message.setText(self.tr("A manager must type their PIN."))
            self.pin.setFocus()
            return None
        try:
            approver = self.service.approve(username, self.pin.text(), action, **details)
        except DomainError as exc:
            self.message.setText(describe(exc))
            self.pin.clear()
            self.pin.setFocus()
            return None
        self.message.clear()
        self.pin.clear()
        return approver


class ApprovalDialog(QDialog):
    """"A manager must approve: <what>" with an :class:`ApprovalBox`; ``approval`` holds the
    :class:`~yarlung_pos.services.authority.Approval` once accepted."""

    def __init__(self, service, what: str, action: str, parent=None, **details):
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self.action, self.details = action, details
        self.approval: Approval | None = None
        self.box = ApprovalBox(service, self)
        self.box.setVisible(True)
        text = QLabel(what, objectName="approvalWhat")
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.box)
        lay.addWidget(buttons)
        self.box.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ok(self) -> None:
        self.approval = self.box.approve(self.action, **self.details)
        if self.approval is not None:
            self.accept()
