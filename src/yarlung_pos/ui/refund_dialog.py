"""The refund screen (F9): a refund against the original sale.

Scan the receipt's QR code (or type its number, ``T01-000123``) and Enter: the sale's lines
appear with what was sold, what was refunded already and what is still refundable.  Type the
quantities to refund in the *Refund* column (Ctrl+A fills in everything refundable), choose
money back as paid or in cash, restock or write off, and press Enter.  A manager approves in
the same dialog (a manager signed in at the till approves their own refunds).  The refund is
its own numbered document (``T01-R000124``) referencing the sale; the service refuses anything
beyond what was sold, across all refunds.  Nothing typed is lost when something is refused.

The amount shown per line is what the service will pay back: the line's share of what it
actually sold for (after discounts), half-up, and for the part that finishes a line exactly
what is left of it; the money never exceeds what is left of what was paid, and the refund
that finishes the whole sale gives back exactly the rest (services.refunds.refund_money).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, WEIGHED_UNITS, DomainError, PaymentMethod, parse_quantity
from yarlung_pos.i18n import format_datetime
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.refunds import refund_money
from yarlung_pos.ui.approval import ApprovalBox
from yarlung_pos.ui.cart_model import qty_text
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TwoLineDelegate

COL_PRODUCT, COL_SOLD, COL_REFUNDED, COL_LEFT, COL_QTY, COL_AMOUNT = range(6)
_ERROR_RED = "#b00020"
_DONE_GREEN = "#1b5e20"


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


def _method_text(code: str) -> str:
    from yarlung_pos.ui.payment_dialog import method_name
    try:
        return method_name(code)
    except ValueError:  # a method this version does not know: its code
        return code


def _qty_edit_text(qty: Decimal, unit: str) -> str:
    """A quantity as typed in the Refund column: ``0.735`` for kg, ``2`` for counted units."""
    return f"{qty:.3f}" if unit in WEIGHED_UNITS else f"{qty:.0f}"


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
        self._filling = False
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
        self.table = QTableWidget(0, 6, objectName="refundLinesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Sold"), self.tr("Refunded"),
                                              self.tr("Refundable"), self.tr("Refund"), self.tr("Amount")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * 2.6))
        self.table.setItemDelegateForColumn(COL_PRODUCT, TwoLineDelegate(self.table))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SOLD, COL_REFUNDED, COL_LEFT, COL_AMOUNT):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(COL_QTY, QHeaderView.ResizeMode.Fixed)
        hh.resizeSection(COL_QTY, max(96, self.fontMetrics().horizontalAdvance("0000.000") + 24))
        self.table.itemChanged.connect(self._on_item_changed)
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
        self.message.setStyleSheet(f"color: {_ERROR_RED};")
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
        self._filling = True
        try:
            self.table.setRowCount(0)
            if sale is None:
                self.sale_label.setText(self.tr("No sale yet: scan the receipt's QR code or type its number, "
                                                "then Enter."))
                self.method_original.setText(self.tr("As paid"))
            else:
                self._fill_table(sale, typed or {})
        finally:
            self._filling = False
        self._update_totals()

    def _fill_table(self, sale, typed: dict[int, str]) -> None:
        """The sale line, the "As paid" choice and one row per line of ``sale``."""
        paid = ", ".join(f"{_method_text(m)} {format_fen(v)}" for m, v in sale.methods.items() if v > 0)
        self.sale_label.setText(self.tr("Sale {0} · {1} · total {2}").format(
            sale.number, format_datetime(sale.completed_at), format_fen(sale.total_fen))
            + ("  ·  " + self.tr("left to pay back: {0}").format(paid) if paid else ""))
        non_cash = [m for m, v in sale.methods.items() if v > 0 and m != PaymentMethod.CASH.value]
        self.method_original.setText(
            self.tr("As paid ({0})").format(", ".join(_method_text(m) for m in non_cash))
            if non_cash else self.tr("As paid (cash)"))
        self.table.setRowCount(len(sale.lines))
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
                    item.setToolTip(self.tr("Type the quantity to refund (at most {0})").format(
                        qty_text(line.left, line.unit)))
                item.setFlags(flags)
                if col != COL_PRODUCT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.left == 0:
                    item.setForeground(grey)
                self.table.setItem(row, col, item)

    # ------------------------------------------------------------------ quantities
    def _typed_quantities(self) -> dict[int, str]:
        """Line number → the text typed in its Refund cell (non-empty only)."""
        out: dict[int, str] = {}
        if self.sale is None:
            return out
        for row, line in enumerate(self.sale.lines):
            item = self.table.item(row, COL_QTY)
            if item is not None and item.text().strip():
                out[line.line_no] = item.text().strip()
        return out

    def set_quantity(self, line_no: int, text: str) -> None:
        """Type ``text`` into the Refund cell of line ``line_no`` (as the cashier would)."""
        for row, line in enumerate(self.sale.lines if self.sale else ()):
            if line.line_no == line_no:
                self.table.item(row, COL_QTY).setText(text)
                return
        raise KeyError(line_no)

    def select_all_refundable(self) -> None:
        """Ctrl+A: every line's Refund quantity = what is still refundable of it."""
        if self.sale is None:
            self._error(self.tr("Scan the receipt's QR code or type its number first."), self.sale_input)
            return
        self._filling = True
        try:
            for row, line in enumerate(self.sale.lines):
                self.table.item(row, COL_QTY).setText(_qty_edit_text(line.left, line.unit) if line.left > 0 else "")
        finally:
            self._filling = False
        self._update_totals()
        if self.sale.fully_refunded:
            self._error(self._fully_refunded_text(), self.sale_input)
        else:
            self.message.clear()

    def clear_quantities(self) -> None:
        """Empty every Refund cell."""
        if self.sale is None:
            return
        self._filling = True
        try:
            for row in range(self.table.rowCount()):
                self.table.item(row, COL_QTY).setText("")
        finally:
            self._filling = False
        self._update_totals()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == COL_QTY:
            self.message.clear()
            self._update_totals()

    def _parse(self, line, text: str) -> Decimal:
        """The quantity typed for ``line`` (0 for empty or zero); raises ``DomainError``."""
        text = text.strip()
        if not text:
            return Decimal(0)
        try:
            if Decimal(text.replace(",", ".")) == 0:
                return Decimal(0)
        except InvalidOperation:
            pass
        return parse_quantity(text, line.unit)

    def _plan(self) -> tuple[list[tuple[int, str]], int, list[tuple[int, str]]]:
        """From the table: the request ``[(line number, qty text)]``, the money it pays back
        (fen, with the cash rounding when it finishes the sale) and the rows with problems
        ``[(row, message)]``.  Updates the Amount column."""
        request: list[tuple[int, str]] = []
        problems: list[tuple[int, str]] = []
        total = 0
        finishes = True
        self._filling = True
        try:
            for row, line in enumerate(self.sale.lines):
                amount_item = self.table.item(row, COL_AMOUNT)
                amount_item.setForeground(QBrush(QColor("#000000" if line.left > 0 else "#777777")))
                problem = None
                try:
                    qty = self._parse(line, self.table.item(row, COL_QTY).text())
                except DomainError as exc:
                    problem = self.tr("Line {0}: {1}").format(line.line_no, describe(exc))
                else:
                    if qty > line.left:  # the service's own words (it refuses this too)
                        from yarlung_pos.services.refunds import RefundError
                        problem = describe(RefundError(
                            QT_TRANSLATE_NOOP("DomainError", "only {left} of line {line} can still be refunded"),
                            left=_qty_edit_text(line.left, line.unit), line=line.line_no))
                if problem is not None:
                    problems.append((row, problem))
                    amount_item.setText("?")
                    amount_item.setForeground(QBrush(QColor(_ERROR_RED)))
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
            total = refund_money(total, finishes, self.sale.paid_left_fen)
        return request, total, problems

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
        request, total, problems = self._plan()
        self.total_label.setText(self.tr("To refund {0}").format(format_fen(total)))
        if problems:
            self.message.setText(problems[0][1])
        back = pay_back_preview(sale.methods, total, self._method())
        self.pay_back_label.setText(", ".join(f"{_method_text(m)} {format_fen(v)}" for m, v in back))

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
        request, total, problems = self._plan()
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
        back = ", ".join(f"{_method_text(m)} {format_fen(-v)}" for m, v in refund.payments if v)
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
