"""Opening a shift with a counted float, and cash put into or taken out of the drawer with a
reason (taking it out needs a manager's approval, passed on to the service)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from yarlung_pos.domain.model import DomainError
from yarlung_pos.domain.money import InvalidAmount, parse_yuan
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.approval import ApprovalBox
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.shift_dialogs.common import ShiftDialog, enlarge, message_label
from yarlung_pos.ui.shift_dialogs.counting import DenominationCounter

# ====================================================================== open a shift


class OpenShiftDialog(ShiftDialog):
    """Count the float into the drawer and open a shift.  The float is typed in yuan in
    ``floatInput`` or — with ``floatByDenomination`` checked — counted per note and coin
    (``float_count_10000`` …).  ``openShiftButton`` (or Enter) opens it; ``shift_opened(Shift)``
    fires and the dialog closes."""

    shift_opened = Signal(object)
    fit_wrapped_text = True  # the Tibetan instructions take two lines of tall stacks

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("openShiftDialog")
        self.setWindowTitle(self.tr("Open shift"))
        self.service = service
        self.result_shift = None
        intro = QLabel(self.tr("Count the cash in the drawer (the float) and type it, or count it by note and coin. "
                               "Sales and refunds need an open shift."), objectName="openShiftIntro")
        intro.setWordWrap(True)
        self.float_input = QLineEdit(objectName="floatInput")
        self.float_input.setPlaceholderText(self.tr("e.g. 200"))
        enlarge(self.float_input, 1.6)
        self.float_input.returnPressed.connect(self.open_shift)
        self.by_denomination = QCheckBox(self.tr("Count by note and coin"), objectName="floatByDenomination")
        self.counter = DenominationCounter("float_count_", self)
        self.counter.setVisible(False)
        self.by_denomination.toggled.connect(self._mode)
        self.counter.changed.connect(self._counted)
        self.counter.finished.connect(lambda: self.open_button.setFocus())
        self.message = message_label("openShiftMessage")
        self.open_button = QPushButton(self.tr("Open shift (Enter)"), objectName="openShiftButton")
        self.open_button.setMinimumHeight(48)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_shift)
        cancel = QPushButton(self.tr("Cancel (Esc)"), objectName="cancelOpenShiftButton")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Float (￥)")), 0, 0)
        form.addWidget(self.float_input, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.by_denomination)
        lay.addWidget(self.counter)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.resize(520, 260)
        self.float_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mode(self, by_count: bool) -> None:
        self.counter.setVisible(by_count)
        self.float_input.setReadOnly(by_count)
        if by_count:
            self._counted(self.counter.total_fen())
            self.counter.focus_first()
        else:
            self.float_input.setFocus()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), hint.height() if by_count else max(260, hint.height()))
        self.fit_wrapped_height()

    def _counted(self, total: int) -> None:
        if self.by_denomination.isChecked():
            self.float_input.setText(format_fen(total, sign=False, group=False))

    def float_fen(self) -> int:
        """The float as typed or counted (fen); raises ``InvalidAmount``."""
        if self.by_denomination.isChecked():
            return self.counter.total_fen()
        return parse_yuan(self.float_input.text())

    def open_shift(self) -> None:
        """Open the shift with the float; on a refusal say why and keep everything typed."""
        self.message.clear()
        try:
            fen = self.float_fen()
        except InvalidAmount:
            text = self.float_input.text().strip()
            self.message.setText(self.tr("Type the float in yuan, e.g. 200 or 150.50.") if not text else
                                 self.tr("Not an amount: {0} (type yuan, e.g. 200 or 12.50)").format(text[:30]))
            self.float_input.setFocus()
            return
        try:
            shift = self.service.open_shift(fen)
        except DomainError as exc:
            self.message.setText(describe(exc))
            return
        except Exception as exc:  # database busy …: nothing opened, nothing lost
            self.message.setText(self.tr("The shift could not be opened: {0}").format(str(exc)[:200]))
            return
        self.result_shift = shift
        self.shift_opened.emit(shift)
        self.accept()


# ====================================================================== cash in / out


class CashMoveDialog(ShiftDialog):
    """Put cash into (``kind="in"``) or take it out of (``"out"``) the drawer, with a reason:
    ``cashAmountInput`` (yuan), ``cashReasonInput``.  Taking cash out needs a manager (an
    :class:`~yarlung_pos.ui.approval.ApprovalBox`, hidden when a manager is signed in).
    ``cashMoveButton`` (or Enter) stores it; ``cash_moved()`` fires and the dialog closes."""

    cash_moved = Signal()
    fit_wrapped_text = True  # its wrapped explanation in Tibetan, too

    def __init__(self, service, kind: str, parent=None):
        super().__init__(parent)
        if kind not in ("in", "out"):
            raise ValueError(kind)
        self.setObjectName("cashMoveDialog")
        self.service, self.kind = service, kind
        self.setWindowTitle(self.tr("Cash in") if kind == "in" else self.tr("Cash out"))
        what = QLabel(self.tr("Cash put into the drawer (e.g. change from the bank).") if kind == "in" else
                      self.tr("Cash taken out of the drawer (e.g. to the safe, a delivery paid in cash)."),
                      objectName="cashMoveWhat")
        what.setWordWrap(True)
        self.info = QLabel(objectName="cashMoveInfo")
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #555555;")
        self.amount_input = QLineEdit(objectName="cashAmountInput")
        self.amount_input.setPlaceholderText(self.tr("yuan, e.g. 100"))
        enlarge(self.amount_input, 1.5)
        self.reason_input = QLineEdit(objectName="cashReasonInput")
        self.reason_input.setMaxLength(200)
        self.reason_input.setPlaceholderText(
            self.tr("e.g. change from the bank") if kind == "in" else self.tr("e.g. to the safe"))
        self.approval = ApprovalBox(service, self)
        self.approval.require(kind == "out")
        self.message = message_label("cashMoveMessage")
        self.ok_button = QPushButton(self.tr("Put in (Enter)") if kind == "in" else self.tr("Take out (Enter)"),
                                     objectName="cashMoveButton")
        self.ok_button.setMinimumHeight(44)
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.move)
        cancel = QPushButton(self.tr("Cancel (Esc)"), objectName="cancelCashMoveButton")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for field in (self.amount_input, self.reason_input, self.approval.pin):
            field.returnPressed.connect(self.move)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Amount (￥)")), 0, 0)
        form.addWidget(self.amount_input, 0, 1)
        form.addWidget(QLabel(self.tr("Reason")), 1, 0)
        form.addWidget(self.reason_input, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        lay = QVBoxLayout(self)
        lay.addWidget(what)
        lay.addWidget(self.info)
        lay.addLayout(form)
        lay.addWidget(self.approval)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.resize(480, 240)
        self._show_expected()
        self.amount_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_expected(self) -> int | None:
        try:
            expected = self.service.x_report().expected_cash_fen
        except DomainError as exc:
            self.info.setText(describe(exc))
            return None
        self.info.setText(self.tr("The drawer should hold {0} now.").format(format_fen(expected)))
        return expected

    def move(self) -> None:
        """Store the movement (after a manager's approval for cash out); on a refusal say why
        and keep what was typed."""
        self.message.clear()
        text = self.amount_input.text().strip()
        try:
            fen = parse_yuan(text)
        except InvalidAmount:
            self.message.setText(self.tr("Type the amount in yuan, e.g. 100 or 12.50.") if not text else
                                 self.tr("Not an amount: {0} (type yuan, e.g. 200 or 12.50)").format(text[:30]))
            self.amount_input.setFocus()
            return
        reason = self.reason_input.text().strip()
        if fen <= 0:
            self.message.setText(self.tr("The amount must be above zero."))
            self.amount_input.setFocus()
            return
        if not reason:
            self.message.setText(self.tr("Give a reason for the cash movement."))
            self.reason_input.setFocus()
            return
        approval = None
        if self.kind == "out":
            expected = self._show_expected()
            if expected is not None and fen > expected:
                self.message.setText(self.tr("The drawer should hold only {0}.").format(format_fen(expected)))
                self.amount_input.setFocus()
                return
            approval = self.approval.approve("cash_out", amount_fen=fen, reason=reason[:200])
            if approval is None:
                return
        try:
            self.service.move_cash(self.kind, fen, reason, approval)
        except DomainError as exc:
            self.message.setText(describe(exc))
            return
        except Exception as exc:  # database busy …: nothing stored, nothing lost
            self.message.setText(self.tr("Not stored: {0}").format(str(exc)[:200]))
            return
        self.cash_moved.emit()
        self.accept()
