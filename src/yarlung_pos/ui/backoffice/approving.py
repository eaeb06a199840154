"""A back-office form whose action may need someone else's approval (users, counter rules).

The dialog only collects: when the signed-in user may not do the action alone, an
:class:`~yarlung_pos.ui.approval.ApprovalBox` asks for an approver's name and PIN.  With no
PIN typed the action is still passed on — without an approval — so that the use case
itself refuses it and its reason is shown (:mod:`yarlung_pos.services.authority`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from yarlung_pos.domain.model import DomainError
from yarlung_pos.services.authority import ADMINS, PERMISSIONS, Approval
from yarlung_pos.ui.approval import ApprovalBox
from yarlung_pos.ui.backoffice.editor import Field, FormDialog
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import grow_to_fit


class ActionApprovalBox(ApprovalBox):
    """An :class:`ApprovalBox` for one ``action``: shown when the signed-in user may not do
    it alone; an action only admins may approve (``users``) asks for an admin, admins first."""

    def __init__(self, service, action: str, parent=None):
        self.action = action  # before the base class asks whether the box is needed
        super().__init__(service, parent)
        self.admins_only = PERMISSIONS[action].approvers <= ADMINS
        if self.admins_only:  # an admin first
            for i in range(self.combo.count()):
                if any(u.username == self.combo.itemData(i) and u.role == "admin" for u in service.approvers()):
                    self.combo.setCurrentIndex(i)
                    break
        self.retranslate()
        self.setVisible(self.needed)

    def retranslate(self) -> None:
        """Set the box's texts again in the current language."""
        admin = self.admins_only
        self.setTitle(self.tr("Admin approval") if admin else QCoreApplication.translate("ApprovalBox", "Manager approval"))
        for field, text in ((self.combo, self.tr("Admin") if admin else QCoreApplication.translate("ApprovalBox", "Manager")),
                            (self.pin, QCoreApplication.translate("ApprovalBox", "PIN"))):
            label = self.layout().labelForField(field)
            if label is not None:
                label.setText(text)
        self.pin.setPlaceholderText(self.tr("Admin's PIN") if admin
                                    else QCoreApplication.translate("ApprovalBox", "Manager's PIN"))

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def needed(self) -> bool:
        """True when the signed-in user may not do :attr:`action` alone."""
        return not self.service.may(self.action)

    def collect(self) -> tuple[bool, Approval | None]:
        """``(go on, approval)``: the approval when a PIN was typed and it checks out; no
        approval (``(True, None)``) when none is needed or no PIN was typed — the use case
        then decides; ``(False, None)`` after a wrong PIN (the reason is in the box)."""
        if not self.needed or not self.pin.text():
            return True, None
        approval = self.approve(self.action)
        return approval is not None, approval


class ApprovingDialog(FormDialog):
    """A :class:`FormDialog` of ``fields`` with an :class:`ActionApprovalBox` for ``action``
    under them; OK calls ``apply(values, approval)`` and closes when it was done, else shows
    the reason with everything as typed."""

    def __init__(self, parent: QWidget, service, action: str, name: str, title: str, ok_text: str, ok_name: str,
                 fields: Sequence[Field], apply: Callable[[dict[str, object], Approval | None], None]):
        super().__init__(parent, name, title, ok_text, ok_name, fields, lambda values: None)
        self._apply_approved = apply
        self.box = ActionApprovalBox(service, action, self)
        self.editor.layout().insertWidget(1, self.box)

    def apply(self) -> bool:
        """Collect the approval, run the action; True (and the dialog closes) when done."""
        go, approval = self.box.collect()
        if not go:  # a wrong PIN: the box says why
            self.message.clear()
            grow_to_fit(self)
            return False
        try:
            self._apply_approved(self.editor.values(), approval)
        except (DomainError, ValueError, OSError) as exc:
            self.message.say(describe(exc), "error")
            self.box.pin.clear()
            grow_to_fit(self)
            return False
        self.accept()
        return True

