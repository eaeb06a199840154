"""Payment: cash preselected, focus in the amount tendered; split across methods.

Keyboard: type the amount and press Enter.  Cash ``200`` Enter completes a sale of ￥143.70
with ￥56.30 change; an empty amount means "exactly what is due".  F1–F4 choose Cash, WeChat
Pay, Alipay, UnionPay; a non-cash amount defaults to what is still due and may carry a
reference.  Delete removes the selected tender; Esc goes back to the sale (nothing is lost).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QDialog, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QVBoxLayout)

from yarlung_pos.domain.model import DomainError, PaymentMethod, Tender
from yarlung_pos.domain.money import InvalidAmount, parse_yuan
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.messages import describe


def method_name(method: PaymentMethod | str) -> str:
    """Translated display name of a payment method."""
    from PySide6.QtCore import QCoreApplication
    m = PaymentMethod(method)
    return {
        PaymentMethod.CASH: QCoreApplication.translate("Payment", "Cash 现金"),
        PaymentMethod.WECHAT: QCoreApplication.translate("Payment", "WeChat Pay 微信支付"),
        PaymentMethod.ALIPAY: QCoreApplication.translate("Payment", "Alipay 支付宝"),
        PaymentMethod.UNIONPAY: QCoreApplication.translate("Payment", "UnionPay 银联卡"),
    }[m]


class PaymentDialog(QDialog):
    """Collects tenders for ``total_fen`` and calls ``complete(tenders)`` when they cover it.

    ``tenders`` is the caller's list of payments already taken for this sale; the dialog adds
    to it and removes from it in place, so payments survive Esc and reopening.  The tender
    that would complete the sale is only added once ``complete`` succeeded: if storing the
    sale fails, the message is shown, nothing is counted twice, and Enter tries again.
    ``complete`` returns the stored sale (kept in :attr:`result_sale`)."""

    def __init__(self, total_fen: int, complete: Callable[[list[Tender]], object],
                 tenders: list[Tender] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment"))
        self.total_fen = total_fen
        self._complete = complete
        self.tenders: list[Tender] = tenders if tenders is not None else []
        self.result_sale = None
        self.method = PaymentMethod.CASH

        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)

        self.due_label = QLabel(objectName="dueLabel")
        self.due_label.setFont(big)
        self.remaining_label = QLabel(objectName="remainingLabel")
        self.remaining_label.setFont(big)

        methods = QHBoxLayout()
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[PaymentMethod, QPushButton] = {}
        for i, m in enumerate(PaymentMethod, start=1):
            b = QPushButton(f"F{i}  {method_name(m)}", objectName=f"method_{m.value}")
            b.setCheckable(True)
            b.setMinimumHeight(48)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.method_group.addButton(b)
            self.method_buttons[m] = b
            b.clicked.connect(lambda _=False, m=m: self.choose(m))
            QShortcut(QKeySequence(f"F{i}"), self, activated=lambda m=m: self.choose(m))
            methods.addWidget(b)

        self.tendered_input = QLineEdit(objectName="tenderedInput")
        self.tendered_input.setFont(big)
        self.tendered_input.returnPressed.connect(self.on_enter)
        self.reference_input = QLineEdit(objectName="referenceInput")
        self.reference_input.setPlaceholderText(self.tr("Reference (optional), e.g. last digits of the transaction"))
        self.reference_input.returnPressed.connect(self.on_enter)

        self.tender_list = QListWidget(objectName="tenderList")
        self.tender_list.setMaximumHeight(110)
        self.message = QLabel(objectName="paymentMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        self.complete_button = QPushButton(self.tr("Complete sale (Enter)"), objectName="completeSaleButton")
        self.complete_button.setFont(big)
        # room for the text's line: Tibetan stacks in the big font stand taller than 56 px (issue #15)
        self.complete_button.setMinimumHeight(max(56, self.complete_button.fontMetrics().boundingRect(
            self.complete_button.text()).height() + 12))
        self.complete_button.clicked.connect(self.on_enter)
        self.complete_button.setAutoDefault(False)
        cancel = QPushButton(self.tr("Back to sale (Esc)"), objectName="cancelPaymentButton")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tender_list, activated=self.remove_selected_tender)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Amount due")), 0, 0)
        grid.addWidget(self.due_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Still to pay")), 1, 0)
        grid.addWidget(self.remaining_label, 1, 1)
        self.amount_caption = QLabel()
        grid.addWidget(self.amount_caption, 2, 0)
        grid.addWidget(self.tendered_input, 2, 1)
        grid.addWidget(QLabel(self.tr("Reference")), 3, 0)
        grid.addWidget(self.reference_input, 3, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.complete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(methods)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Payments taken")))
        layout.addWidget(self.tender_list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(720, 460)
        self.choose(PaymentMethod.CASH)

    # -- state ---------------------------------------------------------------------------
    @property
    def paid_fen(self) -> int:
        """Sum tendered so far (fen)."""
        return sum(t.amount_fen for t in self.tenders)

    @property
    def remaining_fen(self) -> int:
        """What is still due (fen, never negative)."""
        return max(self.total_fen - self.paid_fen, 0)

    def _refresh(self) -> None:
        self.due_label.setText(format_fen(self.total_fen))
        self.remaining_label.setText(format_fen(self.remaining_fen))
        self.tender_list.clear()
        for t in self.tenders:
            ref = f"  ({t.reference})" if t.reference else ""
            self.tender_list.addItem(f"{method_name(t.method)}   {format_fen(t.amount_fen)}{ref}")

    def choose(self, method: PaymentMethod) -> None:
        """Select the payment method; non-cash amounts default to what is still due."""
        self.method = method
        self.method_buttons[method].setChecked(True)
        cash = method is PaymentMethod.CASH
        self.amount_caption.setText(self.tr("Cash tendered") if cash else self.tr("Amount"))
        self.reference_input.setEnabled(not cash)
        self._refresh()
        if cash:
            self.tendered_input.clear()
            self.tendered_input.setPlaceholderText(format_fen(self.remaining_fen, sign=False))
        else:
            self.tendered_input.setText(format_fen(self.remaining_fen, sign=False).replace(",", ""))
            self.tendered_input.selectAll()
        self.tendered_input.setFocus()

    def remove_selected_tender(self) -> None:
        """Drop the tender selected in the list."""
        row = self.tender_list.currentRow()
        if 0 <= row < len(self.tenders):
            del self.tenders[row]
            self.choose(self.method)

    # -- actions -------------------------------------------------------------------------
    def on_enter(self) -> None:
        """Add what was typed as a tender; complete the sale once the tenders cover it."""
        self.message.clear()
        text = self.tendered_input.text()
        try:
            amount = parse_yuan(text) if text.strip() else self.remaining_fen
        except InvalidAmount:
            self._error(self.tr("Not an amount: {0} (type yuan, e.g. 200 or 12.50)").format(text.strip()[:30]))
            return
        new: list[Tender] = []
        if amount > 0:
            if self.method is not PaymentMethod.CASH and amount > self.remaining_fen:
                self._error(self.tr("A {0} payment cannot exceed what is due ({1}).")
                            .format(method_name(self.method), format_fen(self.remaining_fen)))
                return
            new = [Tender(self.method, amount, self.reference_input.text().strip() or None)]
        candidate = self.tenders + new
        if sum(t.amount_fen for t in candidate) < self.total_fen:
            self.tenders.extend(new)
            self.reference_input.clear()
            self.choose(self.method)
            return
        try:
            self.result_sale = self._complete(candidate)
        except DomainError as exc:
            self._error(describe(exc))
            return
        except Exception as exc:  # database locked, disk full …: nothing stored, nothing lost
            reason = getattr(exc, "orig", None) or exc
            self._error(self.tr("The sale is not stored yet: {0}. The payments are kept — press Enter "
                                "to try again.").format(str(reason)[:200]))
            return
        self.tenders.clear()
        self.accept()

    def _error(self, text: str) -> None:
        self.message.setText(text)
        self.tendered_input.selectAll()
        self.tendered_input.setFocus()
