"""The open shift's X report (view and print), and closing the shift: the drawer counted per
note and coin against what it should hold, then the numbered Z report."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, \
    QVBoxLayout, QWidget

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_datetime
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.shift_dialogs.common import (RED, ShiftDialog, enlarge, message_label, over_short_caption,
                                                 over_short_colour, report_pixmap, report_preview,
                                                 show_report_image, stale_shift_text)
from yarlung_pos.ui.shift_dialogs.counting import DenominationCounter


# ====================================================================== X report


class ShiftReportDialog(ShiftDialog):
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
        self.stale.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.summary = QLabel(objectName="xReportSummary")
        self.summary.setWordWrap(True)
        self.scroll, self.preview = report_preview("reportPreview")
        self.message = message_label("xReportMessage")
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
        self.pixmap = report_pixmap(rep, self.service.settings)
        show_report_image(self.scroll, self.preview, self.pixmap)
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
            show_report_image(self.scroll, self.preview, self.pixmap)


# ====================================================================== close a shift


class CloseShiftDialog(ShiftDialog):
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
        self.stale.setStyleSheet(f"color: {RED}; font-weight: bold;")
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
            enlarge(w, 1.5)
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

        self.message = message_label("closeShiftMessage")
        self.close_button = QPushButton(objectName="closeShiftButton")
        self.close_button.setMinimumHeight(52)
        enlarge(self.close_button, 1.2)
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
        enlarge(self.z_number_label, 1.5)
        self.z_number_label.setWordWrap(True)
        self.z_summary = QLabel(objectName="zSummary")
        self.z_summary.setWordWrap(True)
        self.z_scroll, self.z_preview = report_preview("zReportPreview")
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
            rep.shift, format_datetime(rep.opened_at), rep.opened_by_name or rep.opened_by, format_fen(rep.float_fen),
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
        self.z_pixmap = report_pixmap(rep, self.service.settings)
        self.pages.setCurrentIndex(1)
        self.layout().activate()
        show_report_image(self.z_scroll, self.z_preview, self.z_pixmap)
        self.done_button.setFocus()

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if getattr(self, "z_pixmap", None) is not None:
            show_report_image(self.z_scroll, self.z_preview, self.z_pixmap)
