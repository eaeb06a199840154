"""Counting the drawer per note and coin: a count spin box and the value for each
denomination of ``services.shifts.DENOMINATIONS_FEN`` (￥100 … ￥0.1), the total in fen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.shifts import DENOMINATIONS_FEN
from yarlung_pos.ui.shift_dialogs.common import enlarge

#: the largest count of one note or coin (the service refuses more than 100,000)
MAX_COUNT = 99_999


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
            enlarge(name, 1.3)
            times = QLabel("×")
            spin = QSpinBox(objectName=f"{prefix}{denom}")
            spin.setRange(0, MAX_COUNT)
            spin.setMinimumWidth(110)
            spin.setMinimumHeight(34)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setAccelerated(True)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.PlusMinus)
            enlarge(spin, 1.2, bold=False)
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
