"""What the shift dialogs share: the texts of a stale shift and of an over/short amount, the
base dialog in which Enter presses the focused button, the red message line, enlarged fonts and
the report preview (the X or Z report as it prints, shown in a scroll area)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea

from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale

#: text colours: refusals and shortages, an exact count, an amount over
RED, GREEN, AMBER = "#b00020", "#1b5e20", "#a05a00"


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
    return GREEN if fen == 0 else (RED if fen < 0 else AMBER)


def enlarge(widget, factor: float = 1.6, bold: bool = True) -> None:
    """Scale ``widget``'s font by ``factor`` (point size), bold unless ``bold`` is False."""
    f = widget.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    widget.setFont(f)


def message_label(name: str) -> QLabel:
    """A word-wrapped red label named ``name`` for what was refused."""
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {RED};")
    return label


def report_pixmap(report, settings) -> QPixmap:
    """``report`` (a ``ShiftReport``, X or Z) as printed with ``settings`` (paper width in
    dots, receipt languages)."""
    from yarlung_pos.printing.raster import pil_to_qimage
    from yarlung_pos.printing.zreport import render_shift_report
    return QPixmap.fromImage(pil_to_qimage(render_shift_report(report, settings.paper_width_dots,
                                                               settings.receipt_languages)))


def report_preview(name: str) -> tuple[QScrollArea, QLabel]:
    """A scroll area holding a label named ``name`` for a report image: ``(scroll, label)``."""
    label = QLabel(objectName=name)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet("background: white;")
    scroll = QScrollArea()
    scroll.setWidget(label)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll, label


def show_report_image(scroll: QScrollArea, label: QLabel, pix: QPixmap) -> None:
    """Show ``pix`` at most at its own width (never blown up), as wide as the view allows."""
    # room beside the vertical scroll bar, whether or not it shows yet
    width = max(200, scroll.width() - 2 * scroll.frameWidth() - scroll.verticalScrollBar().sizeHint().width() - 4)
    label.setPixmap(pix if pix.width() <= width else
                    pix.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))


class ShiftDialog(QDialog):
    """A dialog without a default button (Enter in a field never closes a shift by accident)
    in which Enter presses the button that has the focus.  With ``fit_wrapped_text`` it is
    never lower than its word-wrapped labels need at its width (Qt sizes a window by its
    layout's minimum, which leaves out the height a wrapped text takes: a Tibetan
    instruction, two lines of tall stacks, was clipped in half — issue #15)."""

    fit_wrapped_text = False

    def fit_wrapped_height(self) -> None:
        """Make the dialog at least as high as its layout needs at the dialog's width, word
        wrapping included (``QLayout.totalHeightForWidth``); grow it when it is lower."""
        lay = self.layout()
        if lay is None or not lay.hasHeightForWidth():
            return
        needed = max(lay.totalMinimumSize().height(), lay.totalHeightForWidth(self.width()))
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)  # grows the dialog when it is lower (Qt resizes it)

    def showEvent(self, event):  # noqa: N802 (Qt API)
        if self.fit_wrapped_text:
            self.fit_wrapped_height()
        super().showEvent(event)

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.fit_wrapped_text and event.size().width() != event.oldSize().width():
            self.fit_wrapped_height()

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if self.fit_wrapped_text and event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.fit_wrapped_height()

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                if focused.isEnabled():
                    focused.click()
                return
        super().keyPressEvent(event)
