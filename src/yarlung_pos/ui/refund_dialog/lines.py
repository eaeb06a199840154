"""The refund screen's lines: the table of a sale's lines (sold, refunded, refundable, the
quantity to refund, the amount), what the quantities typed ask for, and what that pays back.

The amount shown per line is what the service will pay back: the line's share of what it
actually sold for (after discounts), half-up, and for the part that finishes a line exactly
what is left of it; the money never exceeds what is left of what was paid, and the refund
that finishes the whole sale gives back exactly the rest (services.refunds.refund_money).

The table's texts are looked up under the refund dialog's context (``RefundDialog``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, WEIGHED_UNITS, DomainError, PaymentMethod, parse_quantity
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.refunds import RefundError, refund_money
from yarlung_pos.ui.cart_model import qty_text
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TwoLineDelegate

COL_PRODUCT, COL_SOLD, COL_REFUNDED, COL_LEFT, COL_QTY, COL_AMOUNT = range(6)
#: the colour of refusals and of a line's amount that cannot be computed
ERROR_RED = "#b00020"


def _half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half-up (both ≥ 0, denominator > 0), as the
    refund service rounds."""
    return (2 * numerator + denominator) // (2 * denominator)


def _milli(qty: Decimal) -> int:
    return int(Decimal(qty) * 1000)


def line_refund_fen(line, qty: Decimal) -> int:
    """What refunding ``qty`` of ``line`` (a ``RefundLine``) pays back, in fen, exactly as the
    refund service computes it: all that is left of the line's net when ``qty`` is all that is
    left, otherwise the share ``net × qty / sold`` half-up.  0 for nothing."""
    if qty <= 0:
        return 0
    if qty == line.left:
        return line.net_left_fen
    return _half_up(line.net_fen * _milli(qty), _milli(line.sold))


def pay_back_preview(methods: dict[str, int], total_fen: int, method: PaymentMethod | None) -> list[tuple[str, int]]:
    """How ``total_fen`` goes back, as the refund service splits it: all by ``method``, or —
    ``None`` — over the sale's methods left (``RefundableSale.methods``): non-cash first, each
    up to what is left of it, the rest in cash.  ``[(method code, fen > 0)]``."""
    if total_fen <= 0:
        return []
    if method is not None:
        return [(PaymentMethod(method).value, total_fen)]
    cash = PaymentMethod.CASH.value
    out: list[tuple[str, int]] = []
    rest = total_fen
    for m in sorted(methods, key=lambda m: (m == cash, m)):
        take = min(rest, max(0, methods[m])) if m != cash else rest
        if take > 0:
            out.append((m, take))
            rest -= take
    if rest > 0:
        out.append((cash, rest))
    return out


def method_text(code: str) -> str:
    """The payment method ``code`` as the screen names it; a code this version does not know
    is shown as it is."""
    from yarlung_pos.ui.payment_dialog import method_name
    try:
        return method_name(code)
    except ValueError:  # a method this version does not know: its code
        return code


def qty_edit_text(qty: Decimal, unit: str) -> str:
    """A quantity as typed in the Refund column: ``0.735`` for kg, ``2`` for counted units."""
    return f"{qty:.3f}" if unit in WEIGHED_UNITS else f"{qty:.0f}"


def parse_refund_qty(line, text: str) -> Decimal:
    """The quantity typed for ``line`` (a ``RefundLine``): 0 for empty or zero, else as
    :func:`~yarlung_pos.domain.model.parse_quantity` reads it for the line's unit; raises
    ``DomainError``."""
    text = text.strip()
    if not text:
        return Decimal(0)
    try:
        if Decimal(text.replace(",", ".")) == 0:
            return Decimal(0)
    except InvalidOperation:
        pass
    return parse_quantity(text, line.unit)


class RefundLinesTable(QTableWidget):
    """The lines of a ``RefundableSale`` (``refundLinesTable``), one row per line in sale
    order: product (two lines), sold, refunded, refundable, the quantity to refund
    (``COL_QTY``, editable while something is left) and the amount it pays back.  ``metrics``
    are the dialog's font metrics (row height, width of the Refund column).
    ``quantity_edited()`` fires when a Refund cell changes, not while the table fills it."""

    quantity_edited = Signal()

    def __init__(self, metrics: QFontMetrics, parent=None):
        super().__init__(0, 6, parent)
        self.setObjectName("refundLinesTable")
        self._filling = False
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("RefundDialog", "Product"), QCoreApplication.translate("RefundDialog", "Sold"),
            QCoreApplication.translate("RefundDialog", "Refunded"),
            QCoreApplication.translate("RefundDialog", "Refundable"),
            QCoreApplication.translate("RefundDialog", "Refund"), QCoreApplication.translate("RefundDialog", "Amount")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(int(metrics.lineSpacing() * 2.6))
        self.setItemDelegateForColumn(COL_PRODUCT, TwoLineDelegate(self))
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SOLD, COL_REFUNDED, COL_LEFT, COL_AMOUNT):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(COL_QTY, QHeaderView.ResizeMode.Fixed)
        hh.resizeSection(COL_QTY, max(96, metrics.horizontalAdvance("0000.000") + 24))
        self.itemChanged.connect(self._on_item_changed)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == COL_QTY:
            self.quantity_edited.emit()

    # ------------------------------------------------------------------ filling
    def show_lines(self, sale, typed: dict[int, str]) -> None:
        """One row per line of ``sale`` (a ``RefundableSale``, or ``None`` for no rows), the
        Refund cells filled from ``typed`` (line number → text)."""
        self._filling = True
        try:
            self.setRowCount(0)
            if sale is not None:
                self._fill(sale, typed)
        finally:
            self._filling = False

    def _fill(self, sale, typed: dict[int, str]) -> None:
        self.setRowCount(len(sale.lines))
        grey = QBrush(QColor("#777777"))
        editable = QBrush(QColor("#fff8dc"))  # the cells to type in
        for row, line in enumerate(sale.lines):
            product = QTableWidgetItem(f"{line.name_bo} {line.name_zh} {line.name_en}")
            product.setData(TWO_LINE_ROLE, (line.name_bo or line.name_zh,
                                            f"{line.name_zh} · {line.name_en} · {line.sku}"))
            product.setToolTip(f"{line.name_bo}\n{line.name_zh}\n{line.name_en}\n{line.sku}")
            product.setData(Qt.ItemDataRole.UserRole, line.line_no)
            cells = {COL_PRODUCT: product,
                     COL_SOLD: QTableWidgetItem(qty_text(line.sold, line.unit)),
                     COL_REFUNDED: QTableWidgetItem(qty_text(line.sold - line.left, line.unit)
                                                    if line.left != line.sold else "—"),
                     COL_LEFT: QTableWidgetItem(qty_text(line.left, line.unit)),
                     COL_QTY: QTableWidgetItem(typed.get(line.line_no, "")),
                     COL_AMOUNT: QTableWidgetItem("")}
            for col, item in cells.items():
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if col == COL_QTY and line.left > 0:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setBackground(editable)
                    item.setToolTip(QCoreApplication.translate(
                        "RefundDialog", "Type the quantity to refund (at most {0})").format(qty_text(line.left, line.unit)))
                item.setFlags(flags)
                if col != COL_PRODUCT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.left == 0:
                    item.setForeground(grey)
                self.setItem(row, col, item)

    # ------------------------------------------------------------------ quantities
    def typed_quantities(self, sale) -> dict[int, str]:
        """Line number → the text typed in its Refund cell (non-empty only); ``{}`` without
        ``sale``."""
        out: dict[int, str] = {}
        if sale is None:
            return out
        for row, line in enumerate(sale.lines):
            item = self.item(row, COL_QTY)
            if item is not None and item.text().strip():
                out[line.line_no] = item.text().strip()
        return out

    def set_quantity(self, sale, line_no: int, text: str) -> None:
        """Type ``text`` into the Refund cell of line ``line_no`` of ``sale`` (as the cashier
        would: ``quantity_edited`` fires); raises ``KeyError`` for a line not shown."""
        for row, line in enumerate(sale.lines if sale else ()):
            if line.line_no == line_no:
                self.item(row, COL_QTY).setText(text)
                return
        raise KeyError(line_no)

    def fill_refundable(self, sale) -> None:
        """Every line's Refund quantity = what is still refundable of it (empty for none)."""
        self._filling = True
        try:
            for row, line in enumerate(sale.lines):
                self.item(row, COL_QTY).setText(qty_edit_text(line.left, line.unit) if line.left > 0 else "")
        finally:
            self._filling = False

    def clear_quantities(self) -> None:
        """Empty every Refund cell."""
        self._filling = True
        try:
            for row in range(self.rowCount()):
                self.item(row, COL_QTY).setText("")
        finally:
            self._filling = False

    def plan(self, sale) -> tuple[list[tuple[int, str]], int, list[tuple[int, str]]]:
        """From the rows of ``sale``: the request ``[(line number, qty text)]``, the money it
        pays back (fen, with the cash rounding when it finishes the sale) and the rows with
        problems ``[(row, message)]``.  Updates the Amount column."""
        request: list[tuple[int, str]] = []
        problems: list[tuple[int, str]] = []
        total = 0
        finishes = True
        self._filling = True
        try:
            for row, line in enumerate(sale.lines):
                amount_item = self.item(row, COL_AMOUNT)
                amount_item.setForeground(QBrush(QColor("#000000" if line.left > 0 else "#777777")))
                problem = None
                try:
                    qty = parse_refund_qty(line, self.item(row, COL_QTY).text())
                except DomainError as exc:
                    problem = QCoreApplication.translate("RefundDialog", "Line {0}: {1}").format(
                        line.line_no, describe(exc))
                else:
                    if qty > line.left:  # the service's own words (it refuses this too)
                        problem = describe(RefundError(
                            QT_TRANSLATE_NOOP("DomainError", "only {left} of line {line} can still be refunded"),
                            left=qty_edit_text(line.left, line.unit), line=line.line_no))
                if problem is not None:
                    problems.append((row, problem))
                    amount_item.setText("?")
                    amount_item.setForeground(QBrush(QColor(ERROR_RED)))
                    amount_item.setToolTip(problem)
                    finishes = False
                    continue
                amount_item.setToolTip("")
                if qty != line.left:
                    finishes = False
                if qty > 0:
                    request.append((line.line_no, str(qty)))
                    fen = line_refund_fen(line, qty)
                    total += fen
                    amount_item.setText(format_fen(fen))
                else:
                    amount_item.setText("")
        finally:
            self._filling = False
        if request:  # never more than is left of what was paid; the last refund gives the rest
            total = refund_money(total, finishes, sale.paid_left_fen)
        return request, total, problems
