"""The Stocktake tab: count a category (or everything), each count saved as typed, then
post the differences."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, DomainError, parse_quantity
from yarlung_pos.services.backoffice import BackOfficeError, CountLine
from yarlung_pos.services.backoffice_queries import open_stocktake_number, stocktake_sheet
from yarlung_pos.services.inventory import confirm_stocktake, open_stocktake, record_count
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import (BAD_CELL, GREEN, GREY, RED, Message, make_table, names_text, qty_text,
                                              text_cell)
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.messages import describe


class StocktakeTab(QWidget):
    """A stock count of a category or of everything: start it, enter counted quantities
    (each is saved as typed; a bad number stays in its cell, red), confirm to post the
    differences.  An open count is picked up again when the back office opens."""

    COL_SKU, COL_NAME, COL_UNIT, COL_EXPECTED, COL_COUNTED, COL_DIFF = range(6)

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("stocktakeTab")
        self.service = service
        self.number: str | None = None
        self.status: str | None = None
        self.lines: list[CountLine] = []
        self._scope: str | None = None
        self._bad: dict[str, str] = {}  # SKU -> reason for counts typed but refused
        self._loading = False

        self.scope_combo = QComboBox(objectName="stocktakeScopeCombo")
        self.start_button = QPushButton(self.tr("Start count"), objectName="startStocktakeButton")
        self.start_button.clicked.connect(self._on_start)
        self.status_label = QLabel(objectName="stocktakeStatus")
        self.count_table = make_table("countTable", [self.tr("SKU"), self.tr("Product"), self.tr("Unit"),
                                                     self.tr("Expected"), self.tr("Counted"), self.tr("Difference")])
        # typing a number (or F2 / double click) edits the Counted cell of the current row
        triggers = QAbstractItemView.EditTrigger
        self.count_table.setEditTriggers(triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
                                         | triggers.SelectedClicked)
        self.count_table.currentCellChanged.connect(self._keep_counted_column)
        self.count_table.itemChanged.connect(self._on_item_changed)
        self.confirm_button = QPushButton(self.tr("Confirm and post differences"), objectName="confirmStocktakeButton")
        self.confirm_button.clicked.connect(self._on_confirm)
        self.message = Message("stocktakeMessage")
        hint = QLabel(self.tr("Type the counted quantity in the Counted column; each count is saved at once. "
                              "Products left empty keep their level."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {GREY};")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Count")))
        top.addWidget(self.scope_combo)
        top.addWidget(self.start_button)
        top.addSpacing(16)
        top.addWidget(self.status_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.count_table, 1)
        layout.addLayout(bottom)
        self._fill_scopes()
        open_number = open_stocktake_number(service.store)
        if open_number:
            self.load(open_number)
            self.message.say(self.tr("Count {0} is still open: carry on counting, then confirm.").format(open_number),
                             "hint")
        else:
            self._show_status()

    def _fill_scopes(self) -> None:
        keep = self.scope_combo.currentData()
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Everything"), None)
        for c in self.service.categories():
            self.scope_combo.addItem(f"{c.name_zh} · {c.name_bo}", c.code)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(keep)) if keep else 0)

    def _show_status(self) -> None:
        if self.number is None:
            self.status_label.setText(self.tr("No count open."))
        elif self.status == "open":
            done = sum(1 for ln in self.lines if ln.counted is not None)
            self.status_label.setText(self.tr("{0} — {1}: {2} of {3} counted").format(
                self.number, self._scope_name(), done, len(self.lines)))
        else:
            self.status_label.setText(self.tr("{0} — {1}: confirmed").format(self.number, self._scope_name()))
        self.confirm_button.setEnabled(self.status == "open")

    def _scope_name(self) -> str:
        if self._scope in (None, "ALL"):
            return self.tr("everything")
        index = self.scope_combo.findData(self._scope)
        return self.scope_combo.itemText(index) if index >= 0 else self._scope

    def refresh(self) -> None:
        """Reload the categories (a count being typed is left alone)."""
        self._fill_scopes()

    # ------------------------------------------------------------------ actions
    def start(self, category: str | None = None) -> str:
        """Open a count of ``category`` (code) or, with ``None``, of every active product;
        returns its number and shows its lines.  Raises ``InventoryError``."""
        number = open_stocktake(self.service.store, category, clock=self.service.clock)
        self.load(number)
        self.message.say(self.tr("Count {0} started: enter what is on the shelf.").format(number), "ok")
        return number

    def load(self, number: str) -> None:
        """Show stocktake ``number`` with the current levels and the counts entered so far."""
        sheet = stocktake_sheet(self.service.store, number)
        self.number, self.status, self._scope, self.lines = sheet.number, sheet.status, sheet.scope, sheet.lines
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(None if sheet.scope == "ALL" else sheet.scope)))
        self._bad.clear()
        self._loading = True
        table = self.count_table
        table.setRowCount(0)
        table.setRowCount(len(self.lines))
        editable = sheet.status == "open"
        for r, ln in enumerate(self.lines):
            tip = f"{ln.name_bo}\n{ln.name_zh}"
            counted = QTableWidgetItem("" if ln.counted is None else qty_text(ln.counted, ln.unit))
            counted.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not editable:
                counted.setFlags(counted.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cells = (text_cell(ln.sku, tip=tip), text_cell(names_text(ln.name_zh, ln.name_bo), tip=tip),
                     text_cell(unit_name(ln.unit)), text_cell(qty_text(ln.expected, ln.unit), right=True),
                     counted, text_cell("", right=True))
            for c, item in enumerate(cells):
                table.setItem(r, c, item)
            self._show_difference(r, ln.counted)
        self._loading = False
        self._show_status()
        if editable and self.lines:
            table.setCurrentCell(0, self.COL_COUNTED)

    def _keep_counted_column(self, row: int, column: int, *_previous) -> None:
        if row >= 0 and column != self.COL_COUNTED:
            self.count_table.setCurrentCell(row, self.COL_COUNTED)

    def _row_of(self, sku: str) -> int:
        return next((i for i, ln in enumerate(self.lines) if ln.sku == sku.strip().upper()), -1)

    def enter_count(self, sku: str, text: str) -> bool:
        """Enter ``text`` as the counted quantity of ``sku`` (``""`` clears it): saved at once.
        A refused number shows its reason, stays in the cell (red) and returns False."""
        row = self._row_of(sku)
        if row < 0 or self.number is None:
            self.message.say(self.tr("{0} is not on this count.").format(sku), "error")
            return False
        self._loading = True
        self.count_table.item(row, self.COL_COUNTED).setText(text)
        self._loading = False
        return self._record(row, text)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != self.COL_COUNTED:
            return
        if self._record(item.row(), item.text()) and item.row() + 1 < self.count_table.rowCount():
            self.count_table.setCurrentCell(item.row() + 1, self.COL_COUNTED)

    def _record(self, row: int, text: str) -> bool:
        ln = self.lines[row]
        cell = self.count_table.item(row, self.COL_COUNTED)
        try:
            record_count(self.service.store, self.number, ln.sku, text.strip() or None)
        except DomainError as exc:
            self._bad[ln.sku] = describe(exc)
            self._loading = True
            cell.setBackground(BAD_CELL)
            cell.setToolTip(describe(exc))
            self._loading = False
            self.message.say(self.tr("{0}: {1} — not saved; correct the red cell.").format(ln.sku, describe(exc)),
                             "error")
            return False
        self._bad.pop(ln.sku, None)
        counted = None if not text.strip() else parse_quantity(text, ln.unit) if text.strip().strip("0.,") else Decimal(0)
        self.lines[row] = CountLine(ln.sku, ln.name_bo, ln.name_zh, ln.unit, ln.expected, counted)
        self._loading = True
        cell.setBackground(QBrush())
        cell.setToolTip("")
        self._show_difference(row, counted)
        self._loading = False
        self._show_status()
        if self.message.property("kind") == "error" and not self._bad:
            self.message.say("", "hint")
        return True

    def _show_difference(self, row: int, counted: Decimal | None) -> None:
        ln = self.lines[row]
        cell = self.count_table.item(row, self.COL_DIFF)
        if counted is None:
            cell.setText("")
            return
        diff = counted - ln.expected
        cell.setText(qty_text(diff, ln.unit, signed=True) if diff else "0")
        cell.setForeground(QColor(RED if diff < 0 else (GREEN if diff > 0 else GREY)))

    def confirm(self) -> list[tuple[str, Decimal]]:
        """Post the differences of the open count and close it; returns ``(SKU, difference)``.
        Refused (``BackOfficeError``) while a count typed in is still marked bad."""
        if self.number is None or self.status != "open":
            raise BackOfficeError(QT_TRANSLATE_NOOP("DomainError", "no count is open — start one first"))
        if self._bad:
            raise BackOfficeError(QT_TRANSLATE_NOOP("DomainError", "fix the counts marked red first: {skus}"),
                                  skus=", ".join(sorted(self._bad)))
        diffs = confirm_stocktake(self.service.store, self.number, self.service.clock)
        self.status = "confirmed"
        self._loading = True
        for r in range(self.count_table.rowCount()):
            cell = self.count_table.item(r, self.COL_COUNTED)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self._loading = False
        self._show_status()
        if diffs:
            units = {ln.sku: ln.unit for ln in self.lines}
            posted = ", ".join(f"{sku} {qty_text(d, units.get(sku), signed=True)}" for sku, d in diffs)
            self.message.say(self.tr("{0} confirmed. Differences posted: {1}").format(self.number, posted), "ok")
        else:
            self.message.say(self.tr("{0} confirmed: no differences.").format(self.number), "ok")
        return diffs

    def _on_start(self) -> None:
        if self.status == "open" and any(ln.counted is not None for ln in self.lines):
            answer = QMessageBox.question(self, self.tr("Start a new count"), self.tr(
                "Count {0} is still open with counts entered. Start a new count anyway? "
                "The open one keeps its counts and is not posted.").format(self.number))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.start(self.scope_combo.currentData())
        except DomainError as exc:
            self.message.say(describe(exc), "error")

    def _on_confirm(self) -> None:
        missing = sum(1 for ln in self.lines if ln.counted is None)
        if missing and not self._bad:
            answer = QMessageBox.question(self, self.tr("Confirm count"), self.tr(
                "{0} products were not counted; they keep their level. Post the differences now?").format(missing))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.confirm()
        except DomainError as exc:
            self.message.say(describe(exc), "error")
