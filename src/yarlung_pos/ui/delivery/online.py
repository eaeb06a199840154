"""The online shop's orders in the deliveries screen (issue #18, F8): the orders awaiting
payment (number, customer, items, total, delivery or pick-up), oldest first, and what the
cashier does with them — "Confirm payment…" (the method and the transaction's reference: the
order becomes a sale and, for a delivery, a parcel to pack) or "Cancel…" (with a reason).
Both go through ``TillService`` (``online_orders``, ``confirm_online_order``,
``cancel_online_order``), which decides who may."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_money as format_fen
from yarlung_pos.ui.delivery.actions import _buttons
from yarlung_pos.ui.delivery.common import Note
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import WrappingLabel, fit_to_screen, grow_to_fit


class ConfirmPaymentDialog(QDialog):
    """Confirm the payment of order ``view`` (an ``OrderView``): the method
    (``paymentMethodCombo``: cash, WeChat Pay, Alipay, card) and the reference
    (``paymentReferenceInput``: the transaction number, needed unless cash).  A refusal shows
    under the fields with what was typed kept; :attr:`confirmed` holds the ``OrderConfirmed``."""

    def __init__(self, service, view, parent=None):
        super().__init__(parent)
        self.setObjectName("confirmPaymentDialog")
        self.setWindowTitle(self.tr("Confirm the payment of {0}").format(view.number))
        self.service, self.view, self.confirmed = service, view, None
        tall = int(self.fontMetrics().height() * 1.9)
        self.method = QComboBox(objectName="paymentMethodCombo")
        for code, text in (("wechat", self.tr("WeChat Pay")), ("alipay", self.tr("Alipay")),
                           ("cash", self.tr("Cash")), ("card", self.tr("Card"))):
            self.method.addItem(text, code)
        self.reference = QLineEdit(objectName="paymentReferenceInput")
        self.reference.setPlaceholderText(self.tr("transaction number (not needed for cash)"))
        self.reference.setMaxLength(64)
        self.reference.returnPressed.connect(self.go)
        for w in (self.method, self.reference):
            w.setMinimumHeight(tall)
        self.error = Note("confirmPaymentError")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        how = self.tr("home delivery (postage from the postage table is added)") if view.fulfilment == "delivery" \
            else self.tr("pick-up at the hall")
        lay = QVBoxLayout(self)
        lay.addWidget(WrappingLabel("{0} · {1} · {2} · {3}".format(view.number, view.name, format_fen(view.items_fen),
                                                                   how)))
        lay.addWidget(WrappingLabel(view.items_text))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(_buttons(self, self.tr("Cancel (Esc)"), self.tr("Payment received (Enter)"),
                               "confirmPaymentOkButton", self.go))
        self.resize(560, 260)
        self.reference.setFocus()

    def go(self) -> bool:
        """Confirm; True (and the dialog closes) when the service took it."""
        self.error.clear()
        try:
            self.confirmed = self.service.confirm_online_order(self.view.number, self.method.currentData(),
                                                          self.reference.text() or None)
        except DomainError as exc:
            self.error.say(describe(exc))
            self.reference.setFocus()
            grow_to_fit(self)
            return False
        self.accept()
        return True


class CancelOrderDialog(QDialog):
    """Cancel order ``view`` with a reason (``cancelReasonInput``, the customer sees it)."""

    def __init__(self, service, view, parent=None):
        super().__init__(parent)
        self.setObjectName("cancelOrderDialog")
        self.setWindowTitle(self.tr("Cancel order {0}").format(view.number))
        self.service, self.view = service, view
        self.reason = QLineEdit(objectName="cancelReasonInput")
        self.reason.setPlaceholderText(self.tr("why (the customer sees it)"))
        self.reason.setMaxLength(200)
        self.reason.setMinimumHeight(int(self.fontMetrics().height() * 1.9))
        self.reason.returnPressed.connect(self.go)
        self.error = Note("cancelOrderError")
        lay = QVBoxLayout(self)
        lay.addWidget(WrappingLabel("{0} · {1} · {2}".format(view.number, view.name, format_fen(view.total_fen))))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(_buttons(self, self.tr("Back (Esc)"), self.tr("Cancel the order (Enter)"),
                               "cancelOrderOkButton", self.go))
        self.resize(520, 200)
        self.reason.setFocus()

    def go(self) -> bool:
        """Cancel the order; True (and the dialog closes) when the service took it."""
        self.error.clear()
        try:
            self.service.cancel_online_order(self.view.number, self.reason.text())
        except DomainError as exc:
            self.error.say(describe(exc))
            self.reason.setFocus()
            grow_to_fit(self)
            return False
        self.accept()
        return True


class OnlineOrdersDialog(QDialog):
    """The orders awaiting payment (``onlineOrdersTable``) with "Confirm payment…" (F2) and
    "Cancel…" (F5).  :attr:`views` holds the ``OrderView`` rows shown."""

    COLUMNS = 5

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("onlineOrdersDialog")
        self.setWindowTitle(self.tr("Online orders awaiting payment"))
        self.service = service
        self.views: list = []
        self.open_dialog = None
        tall = int(self.fontMetrics().height() * 1.9)
        self.table = QTableWidget(0, self.COLUMNS, objectName="onlineOrdersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(tall)
        header = self.table.horizontalHeader()
        for col in range(self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.message = Note("onlineOrdersMessage")
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, key, slot in (("confirm", self.tr("Confirm payment… (F2)"), "F2", self.confirm),
                                      ("cancel", self.tr("Cancel… (F5)"), "F5", self.cancel)):
            b = self.buttons[name] = QPushButton(text, objectName=f"{name}OrderButton")
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumHeight(tall)
            b.clicked.connect(lambda _=False, s=slot: s())
            QShortcut(QKeySequence(key), self, activated=slot)
            row.addWidget(b)
        row.addStretch(1)
        close = QPushButton(self.tr("Close (Esc)"), objectName="closeOrdersButton")
        close.setAutoDefault(False)
        close.setMinimumHeight(tall)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addLayout(row)
        fit_to_screen(self, 1000, 560)
        self.refresh()

    def refresh(self) -> None:
        """Read the orders awaiting payment again."""
        try:
            self.views = self.service.online_orders("awaiting_payment")
        except DomainError as exc:
            self.message.say(describe(exc))
            return
        t = self.table
        t.clearContents()
        t.setRowCount(len(self.views))
        t.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Customer"), self.tr("Items"), self.tr("Total"),
                                     self.tr("How")])
        for r, v in enumerate(self.views):
            how = self.tr("delivery") if v.fulfilment == "delivery" else self.tr("pick-up")
            for c, text in enumerate((v.number, v.name, v.items_text, format_fen(v.items_fen), how)):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, item)
        if self.views:
            t.selectRow(0)
        else:
            self.message.say(self.tr("No online orders are waiting for payment."), error=False)
        self.table.setFocus()

    def selected(self):
        """The ``OrderView`` selected, or ``None`` (and a message)."""
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            self.message.say(self.tr("Select an order first (arrow keys)."))
            return None
        return self.views[min(rows)]

    def _open(self, dialog, done) -> None:
        self.open_dialog = dialog

        def finished(result: int) -> None:
            self.open_dialog = None
            dialog.deleteLater()
            self.refresh()
            if result == QDialog.DialogCode.Accepted:
                done()
        dialog.finished.connect(finished)
        dialog.open()

    def confirm(self) -> None:
        """F2: the selected order's payment was received."""
        v = self.selected()
        if v is None:
            return
        dialog = ConfirmPaymentDialog(self.service, v, self)

        def done() -> None:
            made = dialog.confirmed
            text = (self.tr("{0} paid: sale {1}, delivery {2} to pack.").format(v.number, made.sale.number,
                                                                               made.delivery_number)
                    if made.delivery_number else self.tr("{0} paid: sale {1}, picked up.").format(v.number,
                                                                                                 made.sale.number))
            self.message.say(text, error=False)
        self._open(dialog, done)

    def cancel(self) -> None:
        """F5: cancel the selected order with a reason."""
        v = self.selected()
        if v is not None:
            self._open(CancelOrderDialog(self.service, v, self),
                       lambda: self.message.say(self.tr("{0} cancelled.").format(v.number), error=False))
