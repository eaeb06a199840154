"""The Receive goods dialog of the Stock tab: goods a cooperative delivers, line by line."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QTableWidgetItem, QToolButton, QVBoxLayout)

from yarlung_pos.domain.model import DomainError, Product, parse_quantity
from yarlung_pos.domain.scan import looks_like_code
from yarlung_pos.services.inventory import parse_sku_qty
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import (BAD_CELL, SEARCH_DELAY_MS, Message, cooperative_combo,
                                              fill_cooperatives, make_table, names_text, no_default_buttons,
                                              qty_text, tall_input, text_cell)
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TwoLineDelegate


class ReceivingTab(Protocol):
    """What the dialog needs of the tab that opens it (the Stock tab, a ``QWidget``)."""

    service: TillService

    def receive(self, coop_code: str, lines: list[tuple[str, str]], notes: str = "") -> str:
        """Record the goods received; returns the receipt number."""

    def open_labels(self, lines: list[tuple[str, str]]):
        """Open the Labels screen preset with ``lines``."""


class ReceiveDialog(QDialog):
    """Goods received from a cooperative: choose the cooperative, add products (scan, type
    an SKU, ``SKU:quantity``, or search and Enter), set quantities, and receive.  Afterwards
    "Print labels for this receipt" opens the Labels screen with the received products."""

    COL_SKU, COL_NAME, COL_UNIT, COL_QTY, COL_REMOVE = range(5)

    def __init__(self, tab: ReceivingTab):
        super().__init__(tab)
        self.setObjectName("receiveDialog")
        self.setWindowTitle(self.tr("Receive goods"))
        self.tab = tab
        self.service = tab.service
        self.number: str | None = None
        self._units: list[str] = []
        self._coops: dict[str, str] = {}  # product SKU -> its cooperative code

        self.coop_combo = cooperative_combo("receiveCooperativeCombo")
        fill_cooperatives(self.coop_combo, self.service)
        self.sku_input = tall_input("receiveSkuInput")
        self.sku_input.setPlaceholderText(self.tr("Scan, type an SKU (GRAIN-002:12.5 adds 12.5) or search, then Enter"))
        self.sku_input.setClearButtonEnabled(True)
        self.sku_input.textEdited.connect(self._on_edited)
        self.sku_input.returnPressed.connect(self._on_enter)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.sku_input, activated=lambda: self._move(1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Up), self.sku_input, activated=lambda: self._move(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.results = QListWidget(objectName="receiveSearchResults")
        self.results.setItemDelegate(TwoLineDelegate(self.results))
        self.results.setMaximumHeight(int(self.fontMetrics().height() * 7))
        self.results.setVisible(False)  # shown while there are matches
        self.results.itemDoubleClicked.connect(lambda item: self.add_product(item.data(Qt.ItemDataRole.UserRole)))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)

        self.lines_table = make_table("receiveLinesTable", [self.tr("SKU"), self.tr("Product"), self.tr("Unit"),
                                                            self.tr("Quantity"), ""])
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_input = QLineEdit(objectName="receiveNotesInput")
        self.notes_input.setPlaceholderText(self.tr("Delivery note number, driver, remarks…"))
        self.message = Message("receiveMessage")
        self.confirm_button = QPushButton(self.tr("Receive"), objectName="receiveConfirmButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.labels_button = QPushButton(self.tr("Print labels for this receipt"), objectName="receiptLabelsButton")
        self.labels_button.clicked.connect(self.print_labels)
        self.labels_button.setVisible(False)
        close = QPushButton(self.tr("Close"), objectName="closeReceiveButton")
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("From cooperative"), self.coop_combo)
        form.addRow(self.tr("Add product"), self.sku_input)
        form.addRow("", self.results)
        buttons = QHBoxLayout()
        buttons.addWidget(self.labels_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Lines (click a quantity to change it)")))
        layout.addWidget(self.lines_table, 1)
        notes = QFormLayout()
        notes.addRow(self.tr("Notes"), self.notes_input)
        layout.addLayout(notes)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 600)
        no_default_buttons(self)
        self.sku_input.setFocus()

    # ------------------------------------------------------------------ lines
    def lines(self) -> list[tuple[str, str]]:
        """``(SKU, quantity as typed)`` of every line, in order."""
        return [(self.lines_table.item(r, self.COL_SKU).text(), self.lines_table.item(r, self.COL_QTY).text().strip())
                for r in range(self.lines_table.rowCount())]

    def add_product(self, product: Product, qty: str = "1") -> None:
        """Add ``qty`` of ``product`` (on its row if already listed)."""
        if self.number is not None:
            return
        self._check_cooperative(product)
        for r in range(self.lines_table.rowCount()):
            if self.lines_table.item(r, self.COL_SKU).text() == product.sku:
                cell = self.lines_table.item(r, self.COL_QTY)
                try:
                    cell.setText(qty_text(Decimal(cell.text().replace(",", ".")) + Decimal(qty.replace(",", "."))))
                except InvalidOperation:
                    pass  # a quantity being corrected: leave it to the person
                self.lines_table.selectRow(r)
                return
        r = self.lines_table.rowCount()
        self.lines_table.insertRow(r)
        self._units.append(product.unit)
        tip = f"{product.name_bo}\n{product.name_zh}\n{product.name_en}"
        self.lines_table.setItem(r, self.COL_SKU, text_cell(product.sku, tip=tip))
        self.lines_table.setItem(r, self.COL_NAME, text_cell(names_text(product.name_zh, product.name_bo), tip=tip))
        self.lines_table.setItem(r, self.COL_UNIT, text_cell(unit_name(product.unit)))
        qty_item = QTableWidgetItem(qty)
        qty_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines_table.setItem(r, self.COL_QTY, qty_item)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove {0}").format(product.sku))
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda _=False, sku=product.sku: self.remove(sku))
        self.lines_table.setCellWidget(r, self.COL_REMOVE, remove)
        self.lines_table.selectRow(r)

    def remove(self, sku: str) -> None:
        """Remove the line of ``sku``."""
        for r in range(self.lines_table.rowCount()):
            if self.lines_table.item(r, self.COL_SKU).text() == sku:
                self.lines_table.removeRow(r)
                del self._units[r]
                return

    def _check_cooperative(self, product: Product) -> None:
        self._coops[product.sku] = product.cooperative
        if product.cooperative == self.coop_combo.currentData():
            return
        if self.lines_table.rowCount() == 0:
            index = self.coop_combo.findData(product.cooperative)
            if index >= 0:
                self.coop_combo.setCurrentIndex(index)
                self.message.say(self.tr("Cooperative set to {0}, the supplier of {1}.")
                                 .format(self.coop_combo.currentText(), product.sku), "hint")
            return
        self.message.say(self.tr("Note: {0} comes from {1}, not from the cooperative chosen.")
                         .format(product.sku, product.cooperative), "warn")

    # ------------------------------------------------------------------ search field
    def _on_edited(self, text: str) -> None:
        t = text.strip()
        if not t or looks_like_code(t) or ":" in t:
            self._timer.stop()
            self.results.clear()
            self.results.setVisible(False)
            return
        self._timer.start()

    def _run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.sku_input.text().strip()
        if not text or looks_like_code(text) or ":" in text:
            return
        for p in self.service.search(text):
            item = QListWidgetItem(f"{p.name_bo} {p.name_zh} {p.sku}")
            item.setData(TWO_LINE_ROLE, (p.name_bo or p.name_zh, f"{p.name_zh} · {p.sku} · {unit_name(p.unit)}"))
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setToolTip(f"{p.name_bo}\n{p.name_zh}\n{p.name_en}")
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setVisible(self.results.count() > 0)

    def _move(self, delta: int) -> None:
        if self._timer.isActive():
            self._run_search()
        n = self.results.count()
        if n:
            self.results.setCurrentRow(max(0, min(n - 1, self.results.currentRow() + delta)))

    def add_text(self, text: str) -> bool:
        """What Enter in the SKU field does: ``SKU:quantity``, a scanned code or SKU, or the
        highlighted search match.  Returns True when a line was added; otherwise says why
        (the text stays in the field)."""
        text = text.strip()
        if not text:
            return False
        qty = "1"
        try:
            if ":" in text and "://" not in text:
                code, qty = parse_sku_qty(text)
                product = self.service.lookup(code)
            elif looks_like_code(text):
                product = self.service.lookup(text)
            else:
                if self._timer.isActive() or not self.results.count():
                    self._run_search()
                item = self.results.currentItem()
                product = item.data(Qt.ItemDataRole.UserRole) if item else self.service.lookup(text)
        except DomainError as exc:
            self.message.say(self.tr("No product for “{0}”: {1}").format(text, describe(exc)), "error")
            return False
        self.add_product(product, qty)
        self.results.clear()
        self.results.setVisible(False)
        if self.message.property("kind") == "error":
            self.message.say("", "hint")
        return True

    def _on_enter(self) -> None:
        if self.add_text(self.sku_input.text()):
            self.sku_input.clear()
        else:
            self.sku_input.selectAll()

    # ------------------------------------------------------------------ confirm
    def confirm(self) -> str | None:
        """Receive the lines (the Stock tab's :meth:`StockTab.receive`); returns the receipt
        number, or ``None`` after showing why it was refused (bad quantities turn red)."""
        if self.number is not None:
            return self.number
        bad = []
        for r, (sku, text) in enumerate(self.lines()):
            cell = self.lines_table.item(r, self.COL_QTY)
            try:
                parse_quantity(text, self._units[r])
            except DomainError as exc:
                cell.setBackground(BAD_CELL)
                cell.setToolTip(describe(exc))
                bad.append(f"{sku}: {describe(exc)}")
            else:
                cell.setBackground(QBrush())
                cell.setToolTip("")
        if bad:
            self.message.say(self.tr("Not received — fix the quantities in red: {0}").format("; ".join(bad)), "error")
            return None
        try:
            number = self.tab.receive(self.coop_combo.currentData() or "", self.lines(), self.notes_input.text().strip())
        except DomainError as exc:
            self.message.say(self.tr("Not received: {0}").format(describe(exc)), "error")
            return None
        self.number = number
        self.message.say(self.tr("Received as {0}.").format(number), "ok")
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r in range(self.lines_table.rowCount()):
            widget = self.lines_table.cellWidget(r, self.COL_REMOVE)
            if widget is not None:
                widget.setEnabled(False)
        for w in (self.coop_combo, self.sku_input, self.notes_input, self.confirm_button):
            w.setEnabled(False)
        self.labels_button.setVisible(True)
        return number

    def print_labels(self):
        """Open the Labels screen with the received products (one label per whole unit)."""
        return self.tab.open_labels(self.lines())
