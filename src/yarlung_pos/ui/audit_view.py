"""The audit log for managers: newest first, filter by action."""

from __future__ import annotations

from yarlung_pos.i18n import format_datetime
from yarlung_pos.ui.audit_text import details_text

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

def action_name(code: str) -> str:
    """The translated name of an audit action code (the code itself if unknown)."""
    from PySide6.QtCore import QCoreApplication as Q
    names = {
        "refund": Q.translate("AuditLog", "Refund"), "approval": Q.translate("AuditLog", "Manager approval"),
        "price_override": Q.translate("AuditLog", "Price changed"), "discount": Q.translate("AuditLog", "Discount"),
        "sale_cancelled": Q.translate("AuditLog", "Sale cancelled"), "line_voided": Q.translate("AuditLog", "Line removed"),
        "drawer_opened": Q.translate("AuditLog", "Drawer opened"), "login": Q.translate("AuditLog", "Signed in"),
        "login_failed": Q.translate("AuditLog", "Wrong PIN"), "user_locked": Q.translate("AuditLog", "Locked out"),
        "user_changed": Q.translate("AuditLog", "User changed"),
        "settings_changed": Q.translate("AuditLog", "Settings changed"),
        "shift_opened": Q.translate("AuditLog", "Shift opened"), "shift_closed": Q.translate("AuditLog", "Shift closed"),
        "cash_in": Q.translate("AuditLog", "Cash in"), "cash_out": Q.translate("AuditLog", "Cash out"),
        "sale_parked": Q.translate("AuditLog", "Sale parked"), "sale_recalled": Q.translate("AuditLog", "Sale recalled"),
        "locked": Q.translate("AuditLog", "Till locked"),
        "restore": Q.translate("AuditLog", "Backup restored"),
        "numbering_confirmed": Q.translate("AuditLog", "Numbering confirmed"),
        "delivery": Q.translate("AuditLog", "Delivery order"),
        "delivery_personal": Q.translate("AuditLog", "Recipient's phone and address shown"),
    }
    return names.get(code, code)


ACTIONS = ("refund", "approval", "price_override", "discount", "sale_cancelled", "line_voided", "drawer_opened",
           "login", "login_failed", "user_locked", "user_changed", "settings_changed", "shift_opened",
           "shift_closed", "cash_in", "cash_out", "sale_parked", "sale_recalled", "locked", "restore",
           "numbering_confirmed", "delivery", "delivery_personal")


class AuditLogDialog(QDialog):
    """Table ``auditTable`` (time, user, action, approved by, details) with an action filter
    ``auditFilter``.  Read-only: the log is append-only."""

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.service = service
        self.filter = QComboBox(objectName="auditFilter")
        self.filter.addItem(self.tr("All actions"), None)
        for a in ACTIONS:
            self.filter.addItem(action_name(a), a)
        self.filter.currentIndexChanged.connect(self.reload)
        self.table = QTableWidget(0, 5, objectName="auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                                              self.tr("Approved by"), self.tr("Details")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(1000, 600)
        self.reload()

    def reload(self) -> None:
        """Re-read the log with the chosen filter (newest 500)."""
        from yarlung_pos.services.audit import entries
        rows = entries(self.service.store, self.filter.currentData())
        self.table.setRowCount(len(rows))
        for i, e in enumerate(rows):
            for j, text in enumerate((format_datetime(e.at, seconds=True), e.user, action_name(e.action), e.approved_by or "",
                                      details_text(e.action, e.details, action_name))):  # words, not JSON
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
