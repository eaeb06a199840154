"""Parked sales (F8 with an empty sale): the list, newest last; Enter recalls the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_datetime
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.messages import describe


def _first(p) -> str:
    """The parked sale's first product in the screen's language (Chinese if it has no name there)."""
    from yarlung_pos.i18n import current_language
    bo, zh, en = p.first_names
    return {"bo": bo, "en": en}.get(current_language(), zh) or p.first_line


class ParkedSalesDialog(QDialog):
    """Lists ``service.parked()`` in ``parkedList``; Enter or double-click recalls the selected
    sale: ``recalled`` fires with the ``Cart`` (``result_cart``)."""

    recalled = Signal(object)

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("parkedSalesDialog")
        self.setWindowTitle(self.tr("Parked sales"))
        self.service = service
        self.result_cart = None
        self.list = QListWidget(objectName="parkedList")
        f = self.list.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.list.setFont(f)
        for p in service.parked():
            text = self.tr("{0}  ·  lines: {1}  ·  {2}  ·  {3}  ·  {4}").format(
                format_datetime(p.parked_at), p.line_count, format_fen(p.total_fen), _first(p), p.cashier)
            item = QListWidgetItem(text + (f"  ·  {p.note}" if p.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, p.uuid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self.list.itemActivated.connect(lambda _item: self.recall())
        self.message = QLabel(self.tr("No parked sales.") if not self.list.count() else
                              self.tr("Enter recalls the selected sale."), objectName="parkedMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        recall = buttons.addButton(self.tr("Recall (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        recall.setObjectName("recallButton")
        recall.clicked.connect(self.recall)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(720, 360)
        self.list.setFocus()

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.recall()
            return
        super().keyPressEvent(event)

    def recall(self) -> None:
        """Recall the selected parked sale."""
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.result_cart = self.service.recall(item.data(Qt.ItemDataRole.UserRole))
        except DomainError as exc:
            self.message.setText(describe(exc))
            self.message.setStyleSheet("color: #b00020;")
            self.list.takeItem(self.list.row(item))
            return
        self.recalled.emit(self.result_cart)
        self.accept()
