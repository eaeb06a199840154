"""The refund screen (F9): a refund against the original sale.

Scan the receipt's QR code (or type its number, ``T01-000123``) and Enter: the sale's lines
appear with what was sold, what was refunded already and what is still refundable.  Type the
quantities to refund in the *Refund* column (Ctrl+A fills in everything refundable), choose
money back as paid or in cash, restock or write off, and press Enter.  A manager approves in
the same dialog (a manager signed in at the till approves their own refunds).  The refund is
its own numbered document (``T01-R000124``) referencing the sale; the service refuses anything
beyond what was sold, across all refunds.  Nothing typed is lost when something is refused.
The table of the sale's lines and what they pay back is :mod:`.lines`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QSizePolicy, QVBoxLayout)

from yarlung_pos.domain.model import DomainError, PaymentMethod
from yarlung_pos.i18n import format_datetime
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.approval import ApprovalBox
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.refund_dialog.lines import COL_QTY, ERROR_RED, RefundLinesTable, method_text, pay_back_preview

_DONE_GREEN = "#1b5e20"


class _Note(QLabel):
    """A message line that takes no room while it is empty."""

    def __init__(self, object_name: str):
        super().__init__(objectName=object_name)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)


class _TableKeys(QObject):
    """The lines table's keys: Enter (not while editing a cell) completes the refund; a letter
    (a scanner typing a receipt number or QR URL) goes to the receipt field."""

    def __init__(self, dialog: "RefundDialog"):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress:
            return False
        table = self.dialog.table
        if table.state() == QAbstractItemView.State.EditingState:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog.complete()
            return True
        text = event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and text and text.isalpha():
            field = self.dialog.sale_input
            field.clear()
            field.setFocus()
            field.insert(text)
            return True
        return False


class RefundDialog(QDialog):
    """The refund screen for ``service`` (a ``TillService``); ``text`` — a receipt number or
    scanned QR — loads that sale at once.  Open it with :meth:`open` (window-modal).

    Widgets (object names): ``refundSaleInput``, ``refundSaleLabel``, ``refundLinesTable``
    (column ``COL_QTY`` editable), ``refundAllButton``, ``refundMethodOriginal`` /
    ``refundMethodCash``, ``refundRestock``, ``refundReason``, ``approvalBox``,
    ``refundTotalLabel``, ``refundPayBackLabel``, ``refundMessage``, ``refundResultLabel``,
    ``completeRefundButton``.  After a refund :attr:`result_refund` holds the
    ``CompletedRefund``, :attr:`refund_completed` fires with it, and the dialog shows the
    sale again with what is now left (Esc closes it)."""

    refund_completed = Signal(object)

    def __init__(self, service, parent=None, text: str = ""):
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund"))
        self.service = service
        #: the ``RefundableSale`` shown, or ``None``
        self.sale = None
        #: the last ``CompletedRefund`` made in this dialog, or ``None``
        self.result_refund = None
        self._loaded_text: str | None = None
        self._approval: tuple | None = None  # (request, Approval) of a refused refund

        base = self.font()
        big = base.__class__(base)
        big.setPointSizeF(base.pointSizeF() * 1.4)
        huge = base.__class__(base)
        huge.setPointSizeF(base.pointSizeF() * 1.9)
        huge.setBold(True)

        # --- which sale ---
        self.sale_input = QLineEdit(objectName="refundSaleInput")
        self.sale_input.setFont(big)
        self.sale_input.setPlaceholderText(self.tr("Scan the receipt's QR code or type its number, e.g. T01-000123"))
        self.sale_input.setClearButtonEnabled(True)
        self.sale_input.returnPressed.connect(self._on_sale_enter)
        self.load_button = QPushButton(self.tr("Find sale"), objectName="refundLoadButton")
        self.load_button.setAutoDefault(False)
        self.load_button.clicked.connect(lambda: self.load(self.sale_input.text()))
        self.sale_label = QLabel(objectName="refundSaleLabel")
        self.sale_label.setWordWrap(True)
        self.sale_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # --- the sale's lines ---
        self.table = RefundLinesTable(self.fontMetrics())
        self.table.quantity_edited.connect(self._on_quantity_edited)
        self.table.installEventFilter(_TableKeys(self))
        self.all_button = QPushButton(self.tr("Everything refundable (Ctrl+A)"), objectName="refundAllButton")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.select_all_refundable)
        self.none_button = QPushButton(self.tr("Nothing"), objectName="refundNoneButton")
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(self.clear_quantities)
        QShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll), self, activated=self.select_all_refundable)

        # --- how ---
        self.method_original = QRadioButton(objectName="refundMethodOriginal")
        self.method_cash = QRadioButton(self.tr("All in cash"), objectName="refundMethodCash")
        self.method_group = QButtonGroup(self)
        self.method_group.addButton(self.method_original)
        self.method_group.addButton(self.method_cash)
        self.method_original.setChecked(True)
        self.method_original.toggled.connect(self._update_totals)
        self.restock = QCheckBox(self.tr("Put the goods back on the shelf (untick to write them off)"),
                                 objectName="refundRestock")
        self.restock.setChecked(True)
        self.reason = QLineEdit(objectName="refundReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Why (optional), e.g. damaged, wrong size"))
        self.reason.returnPressed.connect(self.complete)
        self.approval = ApprovalBox(service, self)
        self.approval.pin.returnPressed.connect(self.complete)

        # --- outcome ---
        self.total_label = QLabel(objectName="refundTotalLabel")
        self.total_label.setFont(huge)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pay_back_label = QLabel(objectName="refundPayBackLabel")
        self.pay_back_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pay_back_label.setWordWrap(True)
        self.message = _Note("refundMessage")
        self.message.setStyleSheet(f"color: {ERROR_RED};")
        self.result_label = _Note("refundResultLabel")
        self.result_label.setFont(big)
        self.result_label.setStyleSheet(f"color: {_DONE_GREEN};")
        self.complete_button = QPushButton(self.tr("Refund (Enter)"), objectName="completeRefundButton")
        self.complete_button.setFont(huge)
        self.complete_button.setMinimumHeight(56)
        self.complete_button.setAutoDefault(False)
        self.complete_button.clicked.connect(self.complete)
        close = QPushButton(self.tr("Close (Esc)"), objectName="closeRefundButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        # --- layout ---
        find = QHBoxLayout()
        find.addWidget(QLabel(self.tr("Receipt")))
        find.addWidget(self.sale_input, 1)
        find.addWidget(self.load_button)
        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        how = QFormLayout()
        methods = QHBoxLayout()
        methods.addWidget(self.method_original)
        methods.addWidget(self.method_cash)
        methods.addStretch(1)
        how.addRow(self.tr("Money back"), methods)
        how.addRow(self.tr("Goods"), self.restock)
        how.addRow(self.tr("Reason"), self.reason)
        middle = QHBoxLayout()
        middle.addLayout(how, 3)
        middle.addWidget(self.approval, 2, Qt.AlignmentFlag.AlignTop)
        totals = QVBoxLayout()
        totals.addWidget(self.total_label)
        totals.addWidget(self.pay_back_label)
        bottom = QHBoxLayout()
        bottom.addWidget(close)
        bottom.addStretch(1)
        bottom.addLayout(totals)
        bottom.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(find)
        layout.addWidget(self.sale_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(picks)
        layout.addLayout(middle)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1100, room.width() - 40) if room else 1100, min(720, room.height() - 60) if room else 720)

        self._show_sale()
        if text.strip():
            self.sale_input.setText(text.strip())
            self.load(text)
        self._focus_start()

    # ------------------------------------------------------------------ focus
    def _focus_start(self) -> None:
        """The lines (first refundable quantity) when a sale is shown, else the receipt field."""
        row = self._first_refundable_row()
        if row is not None:
            self.table.setCurrentCell(row, COL_QTY)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.sale_input.setFocus(Qt.FocusReason.OtherFocusReason)
            self.sale_input.selectAll()

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_start)  # once the window is active

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        """Enter on a choice (money back, restock, manager) completes too, on a button presses
        it; text fields and the table handle their own Enter (a field then passes it on, so it
        must not be acted on twice)."""
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(focus, QLineEdit) \
                and focus is not self.table:
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.complete()
            return
        super().keyPressEvent(event)

    def _first_refundable_row(self) -> int | None:
        if self.sale is None:
            return None
        for row, line in enumerate(self.sale.lines):
            if line.left > 0:
                return row
        return None

    # ------------------------------------------------------------------ loading
    def _on_sale_enter(self) -> None:
        """Enter in the receipt field: load what it names; if that sale is shown already,
        complete the refund."""
        text = self.sale_input.text().strip()
        if self.sale is not None and text and text == self._loaded_text:
            self.complete()
            return
        self.load(text)

    def load(self, text: str) -> bool:
        """Show the sale ``text`` names (receipt QR URL, number or UUID) with what is left to
        refund; returns False (with the reason shown, the text kept) when there is no such sale."""
        text = text.strip()
        self.message.clear()
        if not text:
            self._error(self.tr("Scan the receipt's QR code or type its number first."), self.sale_input)
            return False
        try:
            sale = self.service.find_sale(text)
        except DomainError as exc:
            self._error(describe(exc), self.sale_input)
            return False
        except Exception as exc:  # database busy …: say so, keep everything
            self._error(self.tr("The sale cannot be read now: {0}").format(str(exc)[:200]), self.sale_input)
            return False
        if self.sale is None or sale.uuid != self.sale.uuid:
            self.result_label.clear()
            self._approval = None
            self.method_original.setChecked(True)
            self.restock.setChecked(True)
        self.sale = sale
        self._loaded_text = text
        self._show_sale()
        if sale.fully_refunded:
            self._error(self._fully_refunded_text(), self.sale_input)
        else:
            self._focus_start()
        return True

    def _refresh_sale(self, keep_quantities: bool) -> None:
        """Read the shown sale again (what is left changes with every refund); with
        ``keep_quantities`` the quantities typed stay."""
        typed = self._typed_quantities() if keep_quantities else {}
        try:
            self.sale = self.service.find_sale(self.sale.uuid)
        except Exception:  # keep showing what we had; the next attempt reads it again
            return
        self._show_sale(typed)

    def _fully_refunded_text(self) -> str:
        return self.tr("Sale {0} has been refunded in full — nothing is left to refund.").format(self.sale.number)

    def _show_sale(self, typed: dict[int, str] | None = None) -> None:
        """Fill the sale line, the table and the totals from :attr:`sale`."""
        sale = self.sale
        self.table.show_lines(sale, typed or {})
        if sale is None:
            self.sale_label.setText(self.tr("No sale yet: scan the receipt's QR code or type its number, "
                                            "then Enter."))
            self.method_original.setText(self.tr("As paid"))
        else:
            paid = ", ".join(f"{method_text(m)} {format_fen(v)}" for m, v in sale.methods.items() if v > 0)
            self.sale_label.setText(self.tr("Sale {0} · {1} · total {2}").format(
                sale.number, format_datetime(sale.completed_at), format_fen(sale.total_fen))
                + ("  ·  " + self.tr("left to pay back: {0}").format(paid) if paid else ""))
            non_cash = [m for m, v in sale.methods.items() if v > 0 and m != PaymentMethod.CASH.value]
            self.method_original.setText(
                self.tr("As paid ({0})").format(", ".join(method_text(m) for m in non_cash))
                if non_cash else self.tr("As paid (cash)"))
        self._update_totals()

    # ------------------------------------------------------------------ quantities
    def _typed_quantities(self) -> dict[int, str]:
        """Line number → the text typed in its Refund cell (non-empty only)."""
        return self.table.typed_quantities(self.sale)

    def set_quantity(self, line_no: int, text: str) -> None:
        """Type ``text`` into the Refund cell of line ``line_no`` (as the cashier would);
        raises ``KeyError`` for a line not shown."""
        self.table.set_quantity(self.sale, line_no, text)

    def select_all_refundable(self) -> None:
        """Ctrl+A: every line's Refund quantity = what is still refundable of it."""
        if self.sale is None:
            self._error(self.tr("Scan the receipt's QR code or type its number first."), self.sale_input)
            return
        self.table.fill_refundable(self.sale)
        self._update_totals()
        if self.sale.fully_refunded:
            self._error(self._fully_refunded_text(), self.sale_input)
        else:
            self.message.clear()

    def clear_quantities(self) -> None:
        """Empty every Refund cell."""
        if self.sale is None:
            return
        self.table.clear_quantities()
        self._update_totals()

    def _on_quantity_edited(self) -> None:
        self.message.clear()
        self._update_totals()

    def _method(self) -> PaymentMethod | None:
        return None if self.method_original.isChecked() else PaymentMethod.CASH

    def _update_totals(self) -> None:
        sale = self.sale
        can = sale is not None and not sale.fully_refunded
        for w in (self.all_button, self.none_button, self.method_original, self.method_cash, self.restock,
                  self.reason, self.complete_button):
            w.setEnabled(can)
        if sale is None:
            self.total_label.setText(self.tr("To refund {0}").format(format_fen(0)))
            self.pay_back_label.clear()
            return
        request, total, problems = self.table.plan(self.sale)
        self.total_label.setText(self.tr("To refund {0}").format(format_fen(total)))
        if problems:
            self.message.setText(problems[0][1])
        back = pay_back_preview(sale.methods, total, self._method())
        self.pay_back_label.setText(", ".join(f"{method_text(m)} {format_fen(v)}" for m, v in back))

    # ------------------------------------------------------------------ completing
    def complete(self) -> None:
        """Enter: check the quantities, get the manager's approval, store the refund; on
        success show its number and the sale with what is now left.  Any refusal is shown and
        everything typed stays."""
        self.message.clear()
        if self.sale is None:
            self._error(self.tr("Scan the receipt's QR code or type its number first."), self.sale_input)
            return
        if self.sale.fully_refunded:
            self._error(self._fully_refunded_text(), self.sale_input)
            return
        request, total, problems = self.table.plan(self.sale)
        if problems:
            row, text = problems[0]
            self._error(text, None)
            self.table.setCurrentCell(row, COL_QTY)
            self.table.setFocus()
            return
        if not request:
            self._error(self.tr("Type the quantities to refund in the Refund column, or press Ctrl+A for "
                                "everything refundable."), None)
            self._focus_start()
            return
        method, restock = self._method(), self.restock.isChecked()
        key = (self.sale.uuid, tuple(request), method, restock)
        approver = self._approval[1] if self._approval and self._approval[0] == key else None
        if approver is None and self.approval.needed and not self.approval.pin.text():
            self.message.setText(self.tr("A manager must approve this refund: choose the manager and type "
                                         "their PIN, then Enter."))
            self.approval.pin.setFocus()
            return
        if approver is None:
            approver = self.approval.approve("refund", sale=self.sale.number, total_fen=total)
            if approver is None:
                self.message.setText(self.tr("A manager must approve this refund."))
                return
        try:
            refund = self.service.refund(self.sale.uuid, request, method=method, restock=restock,
                                         approval=approver, reason=self.reason.text())
        except DomainError as exc:
            self._approval = (key, approver)  # the same refund again needs no second PIN
            self._refresh_sale(keep_quantities=True)  # what is left may have changed
            self._error(describe(exc), None)
            return
        except Exception as exc:  # database busy, disk full …: nothing stored, nothing lost
            self._approval = (key, approver)
            reason = getattr(exc, "orig", None) or exc
            self._error(self.tr("The refund is not stored: {0}. Nothing was refunded — press Enter to try "
                                "again.").format(str(reason)[:200]), None)
            return
        self._approval = None
        self.result_refund = refund
        back = ", ".join(f"{method_text(m)} {format_fen(-v)}" for m, v in refund.payments if v)
        self.result_label.setText(self.tr("Refund {0} stored: {1} back{2}. Goods {3}.").format(
            refund.number, format_fen(-refund.total_fen), f" — {back}" if back else "",
            self.tr("back on the shelf") if restock else self.tr("written off")))
        self.reason.clear()  # the next refund starts from the defaults again
        self.method_original.setChecked(True)
        self.restock.setChecked(True)
        self._refresh_sale(keep_quantities=False)
        self.message.clear()
        if self.sale.fully_refunded:
            self.result_label.setText(self.result_label.text() + " " + self.tr("Sale {0} is now refunded in full.")
                                      .format(self.sale.number))
        self.sale_input.setFocus()
        self.sale_input.selectAll()  # the next scan replaces it
        self.refund_completed.emit(refund)

    def _error(self, text: str, focus: QLineEdit | None) -> None:
        self.message.setText(text)
        if focus is not None:
            focus.setFocus()
            focus.selectAll()
