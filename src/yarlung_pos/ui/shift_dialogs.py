"""Shift dialogs of the till: open a shift with a counted float, cash in/out with a reason, the
X report (view and print), and closing with the cash counted per note and coin (Z report).

Every dialog is shown window-modal with ``open()``, keeps what was typed when something is
refused (the reason appears in red), and signals when it is done: ``shift_opened(Shift)``,
``cash_moved()``, ``shift_closed(ShiftReport)``, ``print_queued(job id)``.  Amounts are typed in
yuan (:func:`~yarlung_pos.domain.money.parse_yuan`) and shown with
:func:`~yarlung_pos.domain.money.format_fen`; everything behind them is integer fen.  The
dialogs talk to the till's :class:`~yarlung_pos.services.till.TillService` only.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QCheckBox, QDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_datetime
from yarlung_pos.domain.money import InvalidAmount, parse_yuan
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.shifts import DENOMINATIONS_FEN
from yarlung_pos.ui.messages import describe

#: the largest count of one note or coin (the service refuses more than 100,000)
MAX_COUNT = 99_999
_RED, _GREEN, _AMBER = "#b00020", "#1b5e20", "#a05a00"


def stale_shift_text(shift, now: datetime) -> str:
    """A warning when ``shift`` (a :class:`~yarlung_pos.services.shifts.Shift`) was opened on
    an earlier local day than ``now`` and is still open, else ``""``.  Its sales and refunds
    stay in it until it is closed; the till shows this and asks for the Z report."""
    if shift is None or not shift.is_stale(now):
        return ""
    return QCoreApplication.translate(
        "ShiftDialogs", "Shift {0} was opened on {1} at {2} and is still open. Count the drawer and close it "
        "(Z report), then open a new shift for today.").format(
        shift.number, shift.opened_at.strftime("%Y-%m-%d"), shift.opened_at.strftime("%H:%M"))


def over_short_caption(fen: int) -> str:
    """``"Over ￥3.00"``, ``"Short ￥3.00"`` or ``"Exact"`` for counted − expected (fen)."""
    if fen > 0:
        return QCoreApplication.translate("ShiftDialogs", "Over {0}").format(format_fen(fen))
    if fen < 0:
        return QCoreApplication.translate("ShiftDialogs", "Short {0}").format(format_fen(-fen))
    return QCoreApplication.translate("ShiftDialogs", "Exact")


def over_short_colour(fen: int) -> str:
    """Colour of an over/short amount: green when exact, red when short, amber when over."""
    return _GREEN if fen == 0 else (_RED if fen < 0 else _AMBER)


def _big(widget, factor: float = 1.6, bold: bool = True) -> None:
    f = widget.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    widget.setFont(f)


def _message_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {_RED};")
    return label


def _report_pixmap(report, settings) -> QPixmap:
    """The report as printed with ``settings`` (paper width, receipt languages)."""
    from yarlung_pos.printing.raster import pil_to_qimage
    from yarlung_pos.printing.zreport import render_shift_report
    return QPixmap.fromImage(pil_to_qimage(render_shift_report(report, settings.paper_width_dots,
                                                               settings.receipt_languages)))


def _preview(name: str) -> tuple[QScrollArea, QLabel]:
    """A scroll area holding a label for a report image."""
    label = QLabel(objectName=name)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet("background: white;")
    scroll = QScrollArea()
    scroll.setWidget(label)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll, label


def _show_image(scroll: QScrollArea, label: QLabel, pix: QPixmap) -> None:
    """Show ``pix`` at most at its own width (never blown up), as wide as the view allows."""
    # room beside the vertical scroll bar, whether or not it shows yet
    width = max(200, scroll.width() - 2 * scroll.frameWidth() - scroll.verticalScrollBar().sizeHint().width() - 4)
    label.setPixmap(pix if pix.width() <= width else
                    pix.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))


class DenominationCounter(QWidget):
    """A row per note and coin (:data:`DENOMINATIONS_FEN`, ￥100 … ￥0.1): a count spin box
    named ``<prefix><fen>`` (e.g. ``count_10000``) and the row's value ``<prefix>value_<fen>``.
    ``changed(total fen)`` fires on every change; Enter moves to the next count."""

    changed = Signal(int)
    finished = Signal()  # Enter in the last count

    def __init__(self, prefix: str = "count_", parent=None):
        super().__init__(parent)
        from yarlung_pos.printing.zreport import denomination_label
        self.spins: dict[int, QSpinBox] = {}
        self.values: dict[int, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        head_note = QLabel(self.tr("Note / coin"))
        head_count = QLabel(self.tr("Count"))
        head_value = QLabel(self.tr("Value"))
        head_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for col, w in enumerate((head_note, QLabel(), head_count, head_value)):
            w.setStyleSheet("color: #555555;")
            grid.addWidget(w, 0, col)
        for i, denom in enumerate(DENOMINATIONS_FEN, start=1):
            name = QLabel(denomination_label(denom))
            _big(name, 1.3)
            times = QLabel("×")
            spin = QSpinBox(objectName=f"{prefix}{denom}")
            spin.setRange(0, MAX_COUNT)
            spin.setMinimumWidth(110)
            spin.setMinimumHeight(34)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setAccelerated(True)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.PlusMinus)
            _big(spin, 1.2, bold=False)
            value = QLabel(format_fen(0), objectName=f"{prefix}value_{denom}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(110)
            spin.valueChanged.connect(self._changed)
            spin.lineEdit().returnPressed.connect(lambda d=denom: self._next(d))
            grid.addWidget(name, i, 0)
            grid.addWidget(times, i, 1)
            grid.addWidget(spin, i, 2)
            grid.addWidget(value, i, 3)
            self.spins[denom], self.values[denom] = spin, value
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(len(DENOMINATIONS_FEN) + 1, 1)

    def counts(self) -> dict[int, int]:
        """Denomination (fen) → count."""
        return {d: s.value() for d, s in self.spins.items()}

    def total_fen(self) -> int:
        """Σ denomination × count, in fen."""
        return sum(d * n for d, n in self.counts().items())

    def set_counts(self, counts: dict[int, int]) -> None:
        """Fill in counts (denomination fen → count); the others are left as they are."""
        for d, n in counts.items():
            self.spins[int(d)].setValue(int(n))

    def set_enabled_counts(self, on: bool) -> None:
        """Allow or stop editing the counts (kept on screen)."""
        for s in self.spins.values():
            s.setReadOnly(not on)

    def _changed(self, _value: int = 0) -> None:
        for d, s in self.spins.items():
            self.values[d].setText(format_fen(d * s.value()))
        self.changed.emit(self.total_fen())

    def _next(self, denom: int) -> None:
        # after this key event is done: the Enter must not reach a button that gets the focus
        QTimer.singleShot(0, lambda: self._move_on(denom))

    def _move_on(self, denom: int) -> None:
        order = list(DENOMINATIONS_FEN)
        i = order.index(denom)
        if i + 1 < len(order):
            nxt = self.spins[order[i + 1]]
            nxt.setFocus(Qt.FocusReason.TabFocusReason)
            nxt.selectAll()
        else:
            self.finished.emit()

    def focus_first(self) -> None:
        """Put the cursor in the first count (￥100), its text selected."""
        first = self.spins[DENOMINATIONS_FEN[0]]
        first.setFocus(Qt.FocusReason.TabFocusReason)
        first.selectAll()


class _Dialog(QDialog):
    """A dialog without a default button (Enter in a field never closes a shift by accident)
    in which Enter presses the button that has the focus."""

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                if focused.isEnabled():
                    focused.click()
                return
        super().keyPressEvent(event)


# ====================================================================== open a shift


class OpenShiftDialog(_Dialog):
    """Count the float into the drawer and open a shift.  The float is typed in yuan in
    ``floatInput`` or — with ``floatByDenomination`` checked — counted per note and coin
    (``float_count_10000`` …).  ``openShiftButton`` (or Enter) opens it; ``shift_opened(Shift)``
    fires and the dialog closes."""

    shift_opened = Signal(object)

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
        _big(self.float_input, 1.6)
        self.float_input.returnPressed.connect(self.open_shift)
        self.by_denomination = QCheckBox(self.tr("Count by note and coin"), objectName="floatByDenomination")
        self.counter = DenominationCounter("float_count_", self)
        self.counter.setVisible(False)
        self.by_denomination.toggled.connect(self._mode)
        self.counter.changed.connect(self._counted)
        self.counter.finished.connect(lambda: self.open_button.setFocus())
        self.message = _message_label("openShiftMessage")
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


class CashMoveDialog(_Dialog):
    """Put cash into (``kind="in"``) or take it out of (``"out"``) the drawer, with a reason:
    ``cashAmountInput`` (yuan), ``cashReasonInput``.  Taking cash out needs a manager (an
    :class:`~yarlung_pos.ui.approval.ApprovalBox`, hidden when a manager is signed in).
    ``cashMoveButton`` (or Enter) stores it; ``cash_moved()`` fires and the dialog closes."""

    cash_moved = Signal()

    def __init__(self, service, kind: str, parent=None):
        super().__init__(parent)
        if kind not in ("in", "out"):
            raise ValueError(kind)
        from yarlung_pos.ui.approval import ApprovalBox
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
        _big(self.amount_input, 1.5)
        self.reason_input = QLineEdit(objectName="cashReasonInput")
        self.reason_input.setMaxLength(200)
        self.reason_input.setPlaceholderText(
            self.tr("e.g. change from the bank") if kind == "in" else self.tr("e.g. to the safe"))
        self.approval = ApprovalBox(service, self)
        self.approval.require(kind == "out")
        self.message = _message_label("cashMoveMessage")
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


# ====================================================================== X report


class ShiftReportDialog(_Dialog):
    """The open shift's X report as it prints (``reportPreview``), with ``refreshReportButton``
    and ``printReportButton`` (queues an ``xreport`` print job; ``print_queued(job id)``).
    Nothing is closed or numbered."""

    print_queued = Signal(int)

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("xReportDialog")
        self.setWindowTitle(self.tr("X report"))
        self.service = service
        self.report = None
        self.stale = QLabel(objectName="staleShiftLabel")
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(f"color: {_RED}; font-weight: bold;")
        self.summary = QLabel(objectName="xReportSummary")
        self.summary.setWordWrap(True)
        self.scroll, self.preview = _preview("reportPreview")
        self.message = _message_label("xReportMessage")
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refreshReportButton")
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print"), objectName="printReportButton")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close (Esc)"), objectName="closeReportButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.print_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stale)
        lay.addWidget(self.summary)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        width = service.settings.paper_width_dots
        self.resize(min(width, 640) + 60, 720)
        self.refresh()

    def refresh(self) -> None:
        """Compute the X report anew and show it."""
        self.message.clear()
        try:
            self.report = rep = self.service.x_report()
        except DomainError as exc:
            self.report = None
            self.message.setText(describe(exc))
            self.print_button.setEnabled(False)
            return
        shift = self.service.current_shift()
        text = stale_shift_text(shift, self.service.clock())
        self.stale.setText(text)
        self.stale.setVisible(bool(text))
        self.summary.setText(self.tr("Shift {0}: {1} sale(s), {2} refund(s), net {3}; the drawer should hold {4}.")
                             .format(rep.shift, rep.sales_count, rep.refunds_count, format_fen(rep.net_fen),
                                     format_fen(rep.expected_cash_fen)))
        self.pixmap = _report_pixmap(rep, self.service.settings)
        _show_image(self.scroll, self.preview, self.pixmap)
        self.print_button.setEnabled(True)

    def print_report(self) -> None:
        """Queue the X report for the printer (it prints as the shift stands then)."""
        self.message.clear()
        if self.report is None:
            return
        if not self.service.prints:
            self.message.setText(self.tr("No receipt printer is set up (Settings…)."))
            return
        from yarlung_pos.services.print_queue import queue_document
        try:
            job = queue_document(self.service.store, "xreport", self.report.shift_uuid)
        except Exception as exc:
            self.message.setText(self.tr("Not queued: {0}").format(str(exc)[:200]))
            return
        self.message.setStyleSheet("color: #555555;")
        self.message.setText(self.tr("Printing the X report…"))
        self.print_queued.emit(job)
        kick = getattr(self.parent(), "_kick_printer", None)
        if callable(kick):
            kick()

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if getattr(self, "pixmap", None) is not None:
            _show_image(self.scroll, self.preview, self.pixmap)


# ====================================================================== close a shift


class CloseShiftDialog(_Dialog):
    """Close the shift: count the drawer per note and coin (``count_10000`` … ``count_10``),
    see the counted total (``countedTotalLabel``), what the drawer should hold
    (``expectedCashLabel``) and the difference (``overShortLabel``: green exact, red short,
    amber over), then ``closeShiftButton``.  On success the numbered Z report is shown
    (``zReportPreview``, ``zNumberLabel``), kept in :attr:`result_report` and
    ``shift_closed(report)`` fires; the dialog stays open until ``doneButton``/Esc.  A shift
    closed already (another window, a double click) is refused by the service with its
    reason; the counts stay."""

    shift_closed = Signal(object)

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("closeShiftDialog")
        self.setWindowTitle(self.tr("Close shift — count the drawer"))
        self.service = service
        self.result_report = None
        self.x = None
        self.pages = QStackedWidget(objectName="closeShiftPages")

        # ------------------------------------------------------------ page 1: count
        count_page = QWidget()
        self.shift_label = QLabel(objectName="closeShiftInfo")
        self.shift_label.setWordWrap(True)
        self.stale = QLabel(objectName="staleShiftLabel")
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(f"color: {_RED}; font-weight: bold;")
        self.counter = DenominationCounter("count_", count_page)
        self.counter.changed.connect(self._update)
        self.counter.finished.connect(lambda: self.close_button.setFocus())
        count_box = QGroupBox(self.tr("Cash counted in the drawer"))
        QVBoxLayout(count_box).addWidget(self.counter)

        summary = QGroupBox(self.tr("Drawer"))
        grid = QGridLayout(summary)
        self.expected_label = QLabel(objectName="expectedCashLabel")
        self.counted_label = QLabel(objectName="countedTotalLabel")
        self.over_short_label = QLabel(objectName="overShortLabel")
        for w in (self.expected_label, self.counted_label, self.over_short_label):
            _big(w, 1.5)
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(QLabel(self.tr("Should hold")), 0, 0)
        grid.addWidget(self.expected_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Counted")), 1, 0)
        grid.addWidget(self.counted_label, 1, 1)
        grid.addWidget(QLabel(self.tr("Over / short")), 2, 0)
        grid.addWidget(self.over_short_label, 2, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 3, 0, 1, 2)
        self.breakdown = QLabel(objectName="expectedBreakdown")
        self.breakdown.setWordWrap(True)
        self.breakdown.setStyleSheet("color: #444444;")
        grid.addWidget(self.breakdown, 4, 0, 1, 2)
        self.methods = QLabel(objectName="methodTotals")
        self.methods.setWordWrap(True)
        self.methods.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.methods, 5, 0, 1, 2)
        grid.setRowStretch(6, 1)

        self.message = _message_label("closeShiftMessage")
        self.close_button = QPushButton(objectName="closeShiftButton")
        self.close_button.setMinimumHeight(52)
        _big(self.close_button, 1.2)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_shift)
        cancel = QPushButton(self.tr("Cancel (Esc)"), objectName="cancelCloseShiftButton")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        cols = QHBoxLayout()
        cols.addWidget(count_box, 3)
        cols.addWidget(summary, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(count_page)
        lay.addWidget(self.shift_label)
        lay.addWidget(self.stale)
        lay.addLayout(cols, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)

        # ------------------------------------------------------------ page 2: the Z report
        done_page = QWidget()
        self.z_number_label = QLabel(objectName="zNumberLabel")
        _big(self.z_number_label, 1.5)
        self.z_number_label.setWordWrap(True)
        self.z_summary = QLabel(objectName="zSummary")
        self.z_summary.setWordWrap(True)
        self.z_scroll, self.z_preview = _preview("zReportPreview")
        done = QPushButton(self.tr("Done"), objectName="doneButton")
        done.setMinimumHeight(44)
        done.setAutoDefault(False)
        done.clicked.connect(self.accept)
        side = QVBoxLayout()
        side.addWidget(self.z_number_label)
        side.addWidget(self.z_summary)
        side.addStretch(1)
        side.addWidget(done)
        dl = QHBoxLayout(done_page)
        dl.addWidget(self.z_scroll, 3)
        dl.addLayout(side, 2)
        self.done_button = done

        self.pages.addWidget(count_page)
        self.pages.addWidget(done_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self.resize(980, 760)  # room for the drawer breakdown in Tibetan too
        self.load()
        self.counter.focus_first()

    # ------------------------------------------------------------------ reading the state
    def load(self) -> None:
        """Read the open shift's X report (what the drawer should hold) and show it."""
        try:
            self.x = self.service.x_report()
        except DomainError as exc:
            self.x = None
            self.message.setText(describe(exc))
            self.shift_label.setText(self.tr("No shift is open."))
            self.stale.hide()
            self._update()
            return
        rep = self.x
        self.shift_label.setText(self.tr("Shift {0} — opened {1} by {2} with a float of {3}; {4} sale(s), "
                                         "{5} refund(s).").format(
            rep.shift, format_datetime(rep.opened_at), rep.opened_by, format_fen(rep.float_fen),
            rep.sales_count, rep.refunds_count))
        text = stale_shift_text(self.service.current_shift(), self.service.clock())
        self.stale.setText(text)
        self.stale.setVisible(bool(text))
        cash = rep.method("cash")
        # one paragraph a line (rich text): each line as tall as its own script needs, so
        # Tibetan stacks never run into the next line
        self.breakdown.setText("".join(f"<p style='margin:0'>{escape(line)}</p>" for line in (
            self.tr("Float {0}").format(format_fen(rep.float_fen)),
            self.tr("+ cash sales {0}").format(format_fen(cash.sales_fen)),
            self.tr("- cash refunds {0}").format(format_fen(-cash.refunds_fen)),
            self.tr("+ cash in {0}").format(format_fen(rep.cash_in_fen)),
            self.tr("- cash out {0}").format(format_fen(rep.cash_out_fen)))))
        from yarlung_pos.ui.payment_dialog import method_name
        rows = "".join(f"<tr><td>{escape(method_name(m.method))}</td>"
                       f"<td align='right'>&nbsp;&nbsp;{escape(format_fen(m.net_fen))}</td></tr>"
                       for m in rep.by_method if m.method == "cash" or m.sales_fen or m.refunds_fen)
        self.methods.setText("<b>" + escape(self.tr("Net by method (check the card and QR slips)")) + "</b>"
                             f"<table width='100%'>{rows}</table>")
        self._update()

    def expected_fen(self) -> int | None:
        """What the drawer should hold (fen), or ``None`` with no shift open."""
        return None if self.x is None else self.x.expected_cash_fen

    def _update(self, *_args) -> None:
        counted = self.counter.total_fen()
        self.counted_label.setText(format_fen(counted))
        expected = self.expected_fen()
        if expected is None:
            self.expected_label.setText("—")
            self.over_short_label.setText("—")
            self.close_button.setText(self.tr("Close shift"))
            self.close_button.setEnabled(False)
            return
        self.expected_label.setText(format_fen(expected))
        diff = counted - expected
        self.over_short_label.setText(over_short_caption(diff))
        self.over_short_label.setStyleSheet(f"color: {over_short_colour(diff)};")
        self.over_short_label.setProperty("overShortFen", diff)
        self.close_button.setText(self.tr("Close shift — Z report ({0})").format(over_short_caption(diff)))

    # ------------------------------------------------------------------ closing
    def close_shift(self) -> None:
        """Close the shift with the counts: the service numbers and stores the Z report (and
        queues it for the printer).  A refusal is shown; the counts stay."""
        self.message.clear()
        try:
            rep = self.service.close_shift(self.counter.counts())
        except DomainError as exc:
            self.message.setText(describe(exc))
            return
        except Exception as exc:  # database busy …: nothing closed, the counts stay
            self.message.setText(self.tr("The shift is not closed yet: {0}. The counts are kept — try again.")
                                 .format(str(exc)[:200]))
            return
        self.result_report = rep
        self._show_result(rep)
        self.shift_closed.emit(rep)

    def _show_result(self, rep) -> None:
        diff = rep.over_short_fen or 0
        self.z_number_label.setText(self.tr("Z report {0}").format(rep.number))
        lines = [self.tr("Shift {0} is closed.").format(rep.shift),
                 self.tr("Should hold {0}, counted {1}:").format(format_fen(rep.expected_cash_fen),
                                                                format_fen(rep.counted_cash_fen or 0)),
                 None,
                 self.tr("The Z report is stored and goes to the county office with the next sync.")]
        if self.service.prints:
            lines.append(self.tr("It is printing now."))
        else:
            lines.append(self.tr("No receipt printer is set up: the report is shown here only."))
        html = [f"<b style='color:{over_short_colour(diff)}'>{escape(over_short_caption(diff))}</b>"
                if ln is None else escape(ln) for ln in lines]
        self.z_summary.setTextFormat(Qt.TextFormat.RichText)
        self.z_summary.setText("<br>".join(html))
        self.z_pixmap = _report_pixmap(rep, self.service.settings)
        self.pages.setCurrentIndex(1)
        self.layout().activate()
        _show_image(self.z_scroll, self.z_preview, self.z_pixmap)
        self.done_button.setFocus()

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if getattr(self, "z_pixmap", None) is not None:
            _show_image(self.z_scroll, self.z_preview, self.z_pixmap)


__all__ = ["CashMoveDialog", "CloseShiftDialog", "DenominationCounter", "OpenShiftDialog", "ShiftReportDialog",
           "over_short_caption", "over_short_colour", "stale_shift_text"]
