"""Back office: stock, stocktakes, consignment settlements, daily reports and the catalogue.

One window (:class:`BackOfficeWindow`) with five tabs.  Each tab is its own widget whose
public methods do what its buttons do (``StockTab.receive``, ``StocktakeTab.confirm``,
``SettlementTab.create`` …) so that they can be driven without dialogs.  Widgets call the
services (``services.inventory``, ``services.settlement``, ``services.reports``,
``services.catalogue``) and the small catalogue-editing services at the top of this module;
they never touch the ORM themselves.

A refused request shows its reason in red under the tab and nothing typed is lost: dialogs
stay open with their fields as typed, a bad count stays in its cell, and the catalogue editor
keeps its fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSizePolicy,
                               QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget, QFrame)
from sqlalchemy import select

from yarlung_pos.db.schema import (ProductRow)
from yarlung_pos.domain.model import (QT_TRANSLATE_NOOP, UNITS, WEIGHED_UNITS, DomainError, Product,
                                      parse_quantity)
from yarlung_pos.domain.money import InvalidAmount, parse_yuan
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.domain.scan import looks_like_code
from yarlung_pos.domain.textkeys import tibetan_sort_key
from yarlung_pos.services.catalogue import list_categories, list_cooperatives, search_key
from yarlung_pos.services.inventory import (ADJUST_REASONS, adjust_stock, confirm_stocktake, ledger, open_stocktake,
                                            parse_sku_qty, receive_stock, record_count, set_low_stock_threshold,
                                            stock_report)
from yarlung_pos.services.reports import DailyReport, daily_report, daily_report_csv
from yarlung_pos.services.settlement import SettlementDraft, create_settlement, draft_settlement, settlement_csv
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TwoLineDelegate

SEARCH_DELAY_MS = 150
MAX_PRICE_FEN = 100_000_000  # ￥1,000,000, as the catalogue import
_CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
_RED = "#b00020"
_GREEN = "#1b5e20"
_GREY = "#555555"
_BAD_CELL = QColor("#f8d7da")
_LOW_CELL = QColor("#fff3cd")


from yarlung_pos.services.backoffice import (  # noqa: I001
    save_category,  # noqa: E402  (catalogue editing services)
    BackOfficeError,
    CatalogueEditError,
    ProductValues,
    CooperativeValues,
    parse_percent_bp,
    product_values,
    cooperative_values,
    save_product,
    delete_product,
    save_cooperative,
    product_names,
    sale_numbers,
    CountLine,
    count_sheet,
    latest_open_stocktake)


# ====================================================================== small widgets


def _qty(q: Decimal, unit: str | None = None, signed: bool = False) -> str:
    """A quantity as shown: three decimals for kg, whole for counted units."""
    if unit is not None and unit not in WEIGHED_UNITS:
        q = q.quantize(Decimal(1))
    return format(q, "+f" if signed else "f")


def _pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _item(text: str, right: bool = False, tip: str | None = None, data=None) -> QTableWidgetItem:
    """A read-only table cell."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


#: the role holding a cell's sort key (a string compared as is) when it is not its text
SORT_ROLE = Qt.ItemDataRole.UserRole + 7


class _SortItem(QTableWidgetItem):
    """A read-only cell that sorts by its ``SORT_ROLE`` key (Tibetan dictionary order, amounts
    as numbers) instead of its text."""

    def __lt__(self, other):  # noqa: D105 (Qt's sort calls it)
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def _sorted_item(text: str, key: str, right: bool = False, tip: str | None = None) -> QTableWidgetItem:
    """A read-only cell sorted by ``key`` rather than by its text."""
    item = _SortItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    item.setData(SORT_ROLE, key)
    return item


def _bo_item(text: str) -> QTableWidgetItem:
    """A Tibetan name's cell, sorted in Tibetan dictionary order (root letter ཀ ཁ ག …, then
    prefixes and superscripts; see :func:`~yarlung_pos.domain.textkeys.tibetan_sort_key`)."""
    return _sorted_item(text, tibetan_sort_key(text).hex(), tip=text)


def _sortable(table: QTableWidget, column: int = 0) -> None:
    """Let a click on a header sort ``table`` (first by ``column``, ascending)."""
    table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    table.horizontalHeader().setSortIndicatorShown(True)
    table.setSortingEnabled(True)


def _table(name: str, headers: list[str], stretch: int | None = 1) -> QTableWidget:
    """A read-only, row-selecting table whose rows have room for a Tibetan line."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAlternatingRowColors(True)
    # a Tibetan line (Noto Serif Tibetan, stacked letters) is about twice as tall as a Latin one
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.9))
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def _names(zh: str, bo: str) -> str:
    return " · ".join(x for x in (zh, bo) if x)


def _tall_input(name: str, text: str = "") -> QLineEdit:
    """A line edit tall enough for Tibetan."""
    edit = QLineEdit(text, objectName=name)
    edit.setMinimumHeight(int(edit.fontMetrics().height() * 2))
    return edit


def _no_default_buttons(widget: QWidget) -> None:
    """Enter belongs to the fields (and scanners), never to a dialog's default button."""
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


class _Message(QLabel):
    """The one-line message under a tab or dialog: red for errors, green when done, grey hints."""

    def __init__(self, name: str):
        super().__init__(objectName=name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setProperty("kind", "")

    def say(self, text: str, kind: str = "ok") -> None:
        """Show ``text``; ``kind`` is ``error``, ``ok``, ``warn`` or ``hint``."""
        self.setProperty("kind", kind)
        color = {"error": _RED, "ok": _GREEN, "warn": "#8a5a00"}.get(kind, _GREY)
        self.setStyleSheet(f"color: {color};")
        self.setText(text)


def _cooperative_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(28)
    return combo


def _fill_cooperatives(combo: QComboBox, service: TillService) -> None:
    """(Re)fill ``combo`` with the cooperatives (Chinese · Tibetan, data = code), keeping the
    chosen one."""
    keep = combo.currentData()
    with service.store.read() as s:
        coops = list_cooperatives(s)
    combo.blockSignals(True)
    combo.clear()
    for c in coops:
        combo.addItem(f"{c.name_zh} · {c.name_bo}", c.code)
        combo.setItemData(combo.count() - 1, f"{c.code}\n{c.name_bo}\n{c.name_zh}\n{c.name_en}",
                          Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
    combo.blockSignals(False)


class _FormDialog(QDialog):
    """A small form with OK/Close: OK calls ``apply()``; if it raises, the reason shows in red
    and the dialog stays open with everything as typed."""

    def __init__(self, parent: QWidget, name: str, title: str, ok_text: str, ok_name: str,
                 apply: Callable[[], None]):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._apply = apply
        self.form = QFormLayout()
        self.message = _Message(name + "Message")
        self.ok_button = QPushButton(ok_text, objectName=ok_name)
        self.ok_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def apply(self) -> bool:
        """Run the action; True (and the dialog closes) when it was done."""
        try:
            self._apply()
        except (DomainError, ValueError, OSError) as exc:
            self.message.say(describe(exc), "error")
            return False
        self.accept()
        return True

    def showEvent(self, event):  # noqa: N802 (Qt API)
        _no_default_buttons(self)
        super().showEvent(event)


# ====================================================================== 1. stock


class ReceiveDialog(QDialog):
    """Goods received from a cooperative: choose the cooperative, add products (scan, type
    an SKU, ``SKU:quantity``, or search and Enter), set quantities, and receive.  Afterwards
    "Print labels for this receipt" opens the Labels screen with the received products."""

    COL_SKU, COL_NAME, COL_UNIT, COL_QTY, COL_REMOVE = range(5)

    def __init__(self, tab: "StockTab"):
        super().__init__(tab)
        self.setObjectName("receiveDialog")
        self.setWindowTitle(self.tr("Receive goods"))
        self.tab = tab
        self.service = tab.service
        self.number: str | None = None
        self._units: list[str] = []
        self._coops: dict[str, str] = {}  # product SKU -> its cooperative code

        self.coop_combo = _cooperative_combo("receiveCooperativeCombo")
        _fill_cooperatives(self.coop_combo, self.service)
        self.sku_input = _tall_input("receiveSkuInput")
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

        self.lines_table = _table("receiveLinesTable", [self.tr("SKU"), self.tr("Product"), self.tr("Unit"),
                                                        self.tr("Quantity"), ""])
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_input = QLineEdit(objectName="receiveNotesInput")
        self.notes_input.setPlaceholderText(self.tr("Delivery note number, driver, remarks…"))
        self.message = _Message("receiveMessage")
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
        _no_default_buttons(self)
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
                    cell.setText(_qty(Decimal(cell.text().replace(",", ".")) + Decimal(qty.replace(",", "."))))
                except InvalidOperation:
                    pass  # a quantity being corrected: leave it to the person
                self.lines_table.selectRow(r)
                return
        r = self.lines_table.rowCount()
        self.lines_table.insertRow(r)
        self._units.append(product.unit)
        tip = f"{product.name_bo}\n{product.name_zh}\n{product.name_en}"
        self.lines_table.setItem(r, self.COL_SKU, _item(product.sku, tip=tip))
        self.lines_table.setItem(r, self.COL_NAME, _item(_names(product.name_zh, product.name_bo), tip=tip))
        self.lines_table.setItem(r, self.COL_UNIT, _item(unit_name(product.unit)))
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
                cell.setBackground(_BAD_CELL)
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


class StockTab(QWidget):
    """Every product's stock level (all / low / below zero), the ledger of the selected
    product, and goods received, adjustments and low-stock thresholds."""

    COL_SKU, COL_NAME, COL_UNIT, COL_LEVEL, COL_THRESHOLD = range(5)

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("stockTab")
        self.service = service
        self.labels_dialog = None
        self.receive_dialog: ReceiveDialog | None = None

        self.filter_combo = QComboBox(objectName="stockFilterCombo")
        self.filter_combo.addItem(self.tr("All products"), None)
        self.filter_combo.addItem(self.tr("Low stock"), "low")
        self.filter_combo.addItem(self.tr("Below zero (sold without stock)"), "negative")
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel(objectName="stockCountLabel")
        self.stock_table = _table("stockTable", [self.tr("SKU"), self.tr("Product"), self.tr("Unit"),
                                                 self.tr("Level"), self.tr("Low at")])
        self.stock_table.itemSelectionChanged.connect(self._on_selection)

        self.ledger_title = QLabel(objectName="ledgerTitle")
        self.ledger_table = _table("ledgerTable", [self.tr("Time"), self.tr("Change"), self.tr("Reason"),
                                                   self.tr("Source"), self.tr("Note"), self.tr("Level after")], stretch=4)

        receive = QPushButton(self.tr("Receive goods…"), objectName="receiveButton")
        receive.clicked.connect(self.open_receive_dialog)
        self.adjust_button = QPushButton(self.tr("Adjust…"), objectName="adjustButton")
        self.adjust_button.clicked.connect(self.open_adjust_dialog)
        self.threshold_button = QPushButton(self.tr("Set low-stock threshold…"), objectName="thresholdButton")
        self.threshold_button.clicked.connect(self.open_threshold_dialog)
        self.message = _Message("stockMessage")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter_combo)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(receive)
        top.addWidget(self.adjust_button)
        top.addWidget(self.threshold_button)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.ledger_title)
        lower_box.addWidget(self.ledger_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stock_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.refresh()

    # ------------------------------------------------------------------ table
    def selected_sku(self) -> str | None:
        """SKU of the selected row, if any."""
        rows = self.stock_table.selectionModel().selectedRows()
        return self.stock_table.item(rows[0].row(), self.COL_SKU).text() if rows else None

    def select_sku(self, sku: str) -> bool:
        """Select ``sku``'s row (showing its ledger); False when it is not listed."""
        for r in range(self.stock_table.rowCount()):
            if self.stock_table.item(r, self.COL_SKU).text() == sku.upper():
                self.stock_table.selectRow(r)
                self.stock_table.scrollToItem(self.stock_table.item(r, 0))
                return True
        return False

    def level_of(self, sku: str) -> str | None:
        """The level shown for ``sku`` (as text), or None when not listed."""
        for r in range(self.stock_table.rowCount()):
            if self.stock_table.item(r, self.COL_SKU).text() == sku:
                return self.stock_table.item(r, self.COL_LEVEL).text()
        return None

    def refresh(self, *_args) -> None:
        """Reload the levels (keeping the selected product) and its ledger."""
        keep = self.selected_sku()
        with self.service.store.read() as s:
            lines = stock_report(s, only=self.filter_combo.currentData())
            names = product_names(s)
        table = self.stock_table
        table.blockSignals(True)
        table.setRowCount(0)
        table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            bo, zh, en = names.get(line.sku, ("", line.name_zh, ""))
            tip = f"{bo}\n{zh}\n{en}"
            level = _item(_qty(line.level, line.unit), right=True)
            low = line.threshold is not None and line.level <= line.threshold
            if line.level < 0:
                level.setForeground(QColor(_RED))
                level.setToolTip(self.tr("Below zero: sold without stock — count it or receive the goods"))
            elif low:
                level.setBackground(_LOW_CELL)
                level.setToolTip(self.tr("Low stock"))
            items = (_item(line.sku, tip=tip), _item(_names(zh, bo), tip=tip), _item(unit_name(line.unit)), level,
                     _item("" if line.threshold is None else _qty(line.threshold, line.unit), right=True))
            for c, item in enumerate(items):
                table.setItem(r, c, item)
        table.blockSignals(False)
        self.count_label.setText(self.tr("{0} products").format(len(lines)))
        if not (keep and self.select_sku(keep)):
            table.clearSelection()
        self._on_selection()

    def _on_selection(self) -> None:
        sku = self.selected_sku()
        self.adjust_button.setEnabled(True)
        self.threshold_button.setEnabled(sku is not None)
        self.show_ledger(sku)

    def show_ledger(self, sku: str | None) -> None:
        """Fill the ledger table with ``sku``'s moves, newest first."""
        table = self.ledger_table
        table.setRowCount(0)
        if sku is None:
            self.ledger_title.setText(self.tr("Select a product to see its stock moves."))
            return
        with self.service.store.read() as s:
            entries = ledger(s, sku)
            refs = [e.source.split(" ", 1)[1] for e in entries if e.source.split(" ", 1)[0] in ("sale", "refund")]
            numbers = sale_numbers(s, refs)
            unit = s.scalar(select(ProductRow.unit).where(ProductRow.sku == sku))
        self.ledger_title.setText(self.tr("Stock moves of {0} (newest first)").format(sku))
        table.setRowCount(len(entries))
        for r, e in enumerate(reversed(entries)):
            kind, _, ref = e.source.partition(" ")
            change = _item(_qty(e.qty, unit, signed=True), right=True)
            if e.qty < 0:
                change.setForeground(QColor(_RED))
            for c, item in enumerate((_item(e.at[:16].replace("T", " "), tip=e.at), change,
                                      _item(self._reason_name(e.reason)),
                                      _item(self._source_text(kind, ref, numbers), tip=e.source),
                                      _item(self._note_text(e.note), tip=e.note),
                                      _item(_qty(e.level, unit), right=True))):
                table.setItem(r, c, item)

    def _reason_name(self, reason: str) -> str:
        return {"receipt": self.tr("Received"), "sale": self.tr("Sale"), "refund": self.tr("Refund"),
                "adjustment": self.tr("Adjustment"), "count": self.tr("Stocktake")}.get(reason, reason)

    def _source_text(self, kind: str, ref: str, numbers: dict[str, str]) -> str:
        if kind in ("sale", "refund"):
            return numbers.get(ref, ref)
        if kind == "adjustment":
            return adjust_reason_name(ref)
        if kind == "demo":
            return self.tr("opening stock (demo)")
        return ref

    def _note_text(self, note: str) -> str:
        return adjust_reason_name(note) if note in ADJUST_REASONS else note

    # ------------------------------------------------------------------ actions
    def receive(self, coop_code: str, lines: list[tuple[str, str]], notes: str = "") -> str:
        """Record goods received from cooperative ``coop_code`` (``lines``: SKU, quantity
        text); returns the receipt number.  Raises ``InventoryError``/``InvalidQuantity``."""
        number = receive_stock(self.service.store, coop_code, lines, notes, self.service.clock)
        self.refresh()
        if lines:
            self.select_sku(lines[0][0].strip().upper())
        self.message.say(self.tr("Goods received: {0} ({1} lines).").format(number, len(lines)), "ok")
        return number

    def adjust(self, sku: str, qty: str, reason: str, note: str = "") -> Decimal:
        """Add a signed adjustment (``"-2"``, ``"+1"``) with a reason from ``ADJUST_REASONS``;
        returns the new level.  Raises ``InventoryError`` (no reason, unknown SKU) or
        ``InvalidQuantity``."""
        level = adjust_stock(self.service.store, sku, qty, reason, note, self.service.clock)
        self.refresh()
        self.select_sku(sku.strip().upper())
        self.message.say(self.tr("{0} adjusted by {1} ({2}); level now {3}.")
                         .format(sku.strip().upper(), qty.strip(), adjust_reason_name(reason), _qty(level)), "ok")
        return level

    def set_threshold(self, sku: str, text: str) -> None:
        """Set (``""``: clear) the low-stock threshold of ``sku``.  Raises ``InventoryError``
        or ``InvalidQuantity``."""
        set_low_stock_threshold(self.service.store, sku, text.strip() or None)
        self.refresh()
        self.select_sku(sku.strip().upper())
        self.message.say(self.tr("Low-stock threshold of {0} saved.").format(sku.strip().upper()), "ok")

    def open_labels(self, lines: list[tuple[str, str]]):
        """Open the Labels screen preset with ``lines`` (one label per whole unit, at least one)."""
        from yarlung_pos.ui.labels_dialog import LabelsDialog
        items = []
        for sku, qty in lines:
            try:
                copies = int(Decimal(qty.replace(",", ".")))
            except (InvalidOperation, ValueError):
                copies = 1
            items.append((sku, max(1, copies)))
        dialog = LabelsDialog(self.service, self)
        try:
            dialog.set_items(items)
        except Exception as exc:  # LabelError: shown in the dialog itself too
            self.message.say(describe(exc), "error")
        self.labels_dialog = dialog
        dialog.show()
        return dialog

    def open_receive_dialog(self) -> ReceiveDialog:
        """Show the Receive goods dialog (non-modal; it refreshes this tab when done)."""
        self.receive_dialog = ReceiveDialog(self)
        self.receive_dialog.show()
        return self.receive_dialog

    def open_adjust_dialog(self) -> _FormDialog:
        """Show the Adjust dialog for the selected product (or an SKU typed in it)."""
        sku_input = QLineEdit(self.selected_sku() or "", objectName="adjustSkuInput")
        qty_input = QLineEdit(objectName="adjustQtyInput")
        qty_input.setPlaceholderText(self.tr("-2 (two broken) or +1 (one found)"))
        reason_combo = QComboBox(objectName="adjustReasonCombo")
        reason_combo.addItem(self.tr("— choose a reason —"), "")
        for reason in ADJUST_REASONS:
            reason_combo.addItem(adjust_reason_name(reason), reason)
        note_input = QLineEdit(objectName="adjustNoteInput")

        def apply() -> None:
            self.adjust(sku_input.text(), qty_input.text(), reason_combo.currentData() or "", note_input.text().strip())

        dialog = _FormDialog(self, "adjustDialog", self.tr("Adjust stock"), self.tr("Adjust"),
                             "adjustConfirmButton", apply)
        dialog.form.addRow(self.tr("SKU"), sku_input)
        dialog.form.addRow(self.tr("Change (signed)"), qty_input)
        dialog.form.addRow(self.tr("Reason"), reason_combo)
        dialog.form.addRow(self.tr("Note"), note_input)
        dialog.resize(460, 0)
        dialog.show()
        (qty_input if sku_input.text() else sku_input).setFocus()
        return dialog

    def open_threshold_dialog(self) -> _FormDialog | None:
        """Show the threshold dialog for the selected product."""
        sku = self.selected_sku()
        if sku is None:
            self.message.say(self.tr("Select a product first."), "error")
            return None
        row = next(r for r in range(self.stock_table.rowCount()) if self.stock_table.item(r, self.COL_SKU).text() == sku)
        value = QLineEdit(self.stock_table.item(row, self.COL_THRESHOLD).text(), objectName="thresholdInput")
        value.setPlaceholderText(self.tr("empty: no warning"))
        dialog = _FormDialog(self, "thresholdDialog", self.tr("Low-stock threshold"), self.tr("Save"),
                             "thresholdConfirmButton", lambda: self.set_threshold(sku, value.text()))
        dialog.form.addRow(self.tr("Product"), QLabel(f"{sku} — {self.stock_table.item(row, self.COL_NAME).text()}"))
        dialog.form.addRow(self.tr("Warn at or below"), value)
        dialog.show()
        value.setFocus()
        return dialog


def adjust_reason_name(reason: str) -> str:
    """Translated name of an adjustment reason."""
    from PySide6.QtCore import QCoreApplication
    names = {"damaged": QCoreApplication.translate("AdjustReasons", "damaged"),
             "spoiled": QCoreApplication.translate("AdjustReasons", "spoiled"),
             "sample": QCoreApplication.translate("AdjustReasons", "sample"),
             "gift": QCoreApplication.translate("AdjustReasons", "gift"),
             "correction": QCoreApplication.translate("AdjustReasons", "correction")}
    return names.get(reason, reason)


# ====================================================================== 2. stocktake


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
        self.count_table = _table("countTable", [self.tr("SKU"), self.tr("Product"), self.tr("Unit"),
                                                 self.tr("Expected"), self.tr("Counted"), self.tr("Difference")])
        # typing a number (or F2 / double click) edits the Counted cell of the current row
        triggers = QAbstractItemView.EditTrigger
        self.count_table.setEditTriggers(triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
                                         | triggers.SelectedClicked)
        self.count_table.currentCellChanged.connect(self._keep_counted_column)
        self.count_table.itemChanged.connect(self._on_item_changed)
        self.confirm_button = QPushButton(self.tr("Confirm and post differences"), objectName="confirmStocktakeButton")
        self.confirm_button.clicked.connect(self._on_confirm)
        self.message = _Message("stocktakeMessage")
        hint = QLabel(self.tr("Type the counted quantity in the Counted column; each count is saved at once. "
                              "Products left empty keep their level."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {_GREY};")

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
        with service.store.read() as s:
            open_number = latest_open_stocktake(s)
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
        number = open_stocktake(self.service.store, category, self.service.clock)
        self.load(number)
        self.message.say(self.tr("Count {0} started: enter what is on the shelf.").format(number), "ok")
        return number

    def load(self, number: str) -> None:
        """Show stocktake ``number`` with the current levels and the counts entered so far."""
        with self.service.store.read() as s:
            sheet = count_sheet(s, number)
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
            counted = QTableWidgetItem("" if ln.counted is None else _qty(ln.counted, ln.unit))
            counted.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not editable:
                counted.setFlags(counted.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for c, item in enumerate((_item(ln.sku, tip=tip), _item(_names(ln.name_zh, ln.name_bo), tip=tip),
                                      _item(unit_name(ln.unit)), _item(_qty(ln.expected, ln.unit), right=True),
                                      counted, _item("", right=True))):
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
            cell.setBackground(_BAD_CELL)
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
        cell.setText(_qty(diff, ln.unit, signed=True) if diff else "0")
        cell.setForeground(QColor(_RED if diff < 0 else (_GREEN if diff > 0 else _GREY)))

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
            posted = ", ".join(f"{sku} {_qty(d, units.get(sku), signed=True)}" for sku, d in diffs)
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


# ====================================================================== 3. settlement


class SettlementTab(QWidget):
    """Consignment settlement with a cooperative for a date range: preview what its goods
    sold for, create (number it and mark its sales settled), then save the statement as PDF
    or CSV."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("settlementTab")
        self.service = service
        self.draft: SettlementDraft | None = None  # as previewed (or just created)
        self.created: SettlementDraft | None = None  # the last one saved, for PDF/CSV
        self._last_dir: Path | None = None

        today = service.clock().date()
        self.coop_combo = _cooperative_combo("settlementCooperativeCombo")
        _fill_cooperatives(self.coop_combo, service)
        self.from_edit = _date_edit("settlementFrom", today.replace(day=1))
        self.to_edit = _date_edit("settlementTo", today)
        preview = QPushButton(self.tr("Preview"), objectName="previewSettlementButton")
        preview.clicked.connect(self._on_preview)
        self.create_button = QPushButton(self.tr("Create settlement"), objectName="createSettlementButton")
        self.create_button.clicked.connect(self._on_create)
        self.create_button.setEnabled(False)
        for w in (self.coop_combo, self.from_edit, self.to_edit):
            signal = w.currentIndexChanged if isinstance(w, QComboBox) else w.dateChanged
            signal.connect(self._on_choice_changed)

        self.table = _table("settlementTable", [self.tr("SKU"), self.tr("Product"), self.tr("Sold"),
                                                self.tr("Returned"), self.tr("Gross"), self.tr("Refunds")])
        self.totals = QLabel(objectName="settlementTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number_label = QLabel(objectName="settlementNumber")
        self.number_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save statement PDF…"), objectName="saveStatementPdfButton")
        self.pdf_button.clicked.connect(self._on_save_pdf)
        self.csv_button = QPushButton(self.tr("Save CSV…"), objectName="saveSettlementCsvButton")
        self.csv_button.clicked.connect(self._on_save_csv)
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(False)
        self.message = _Message("settlementMessage")

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Cooperative")))
        choose.addWidget(self.coop_combo, 1)
        choose.addWidget(QLabel(self.tr("from")))
        choose.addWidget(self.from_edit)
        choose.addWidget(QLabel(self.tr("to")))
        choose.addWidget(self.to_edit)
        choose.addWidget(preview)
        saved = QVBoxLayout()
        saved.addWidget(self.number_label)
        files = QHBoxLayout()
        files.addWidget(self.pdf_button)
        files.addWidget(self.csv_button)
        files.addStretch(1)
        saved.addLayout(files)
        saved.addStretch(1)
        below = QHBoxLayout()
        below.addLayout(saved, 1)
        below.addWidget(self.totals)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addLayout(actions)
        self._show_totals(None)

    def refresh(self) -> None:
        """Reload the cooperatives (names or commissions may have changed)."""
        _fill_cooperatives(self.coop_combo, self.service)

    def _on_choice_changed(self, *_args) -> None:
        if self.draft is not None and self.draft.number is None:
            self.draft = None
            self.table.setRowCount(0)
            self._show_totals(None)
            self.create_button.setEnabled(False)
            self.message.say(self.tr("Press Preview to see the settlement."), "hint")

    # ------------------------------------------------------------------ actions
    def preview(self, coop: str, date_from: date, date_to: date) -> SettlementDraft:
        """Compute (without saving) and show the settlement of ``coop`` (code) for local
        dates ``date_from``–``date_to``.  Raises ``SettlementError``."""
        index = self.coop_combo.findData(coop.strip().upper())
        for w in (self.coop_combo, self.from_edit, self.to_edit):
            w.blockSignals(True)
        if index >= 0:
            self.coop_combo.setCurrentIndex(index)
        self.from_edit.setDate(_qdate(date_from))
        self.to_edit.setDate(_qdate(date_to))
        for w in (self.coop_combo, self.from_edit, self.to_edit):
            w.blockSignals(False)
        with self.service.store.read() as s:
            draft = draft_settlement(s, coop, date_from, date_to)
        self.draft = draft
        self._show(draft)
        self.create_button.setEnabled(bool(draft.line_ids))
        if draft.line_ids:
            self.message.say(self.tr("Preview only — nothing is saved until “Create settlement”."), "hint")
        else:
            self.message.say(self.tr("No unsettled sales of this cooperative in these dates."), "hint")
        return draft

    def create(self) -> SettlementDraft:
        """Create (number and save) the settlement of the chosen cooperative and dates; its
        sales are marked settled.  Raises ``SettlementError`` ("nothing to settle" when
        every sale in the range is settled already)."""
        draft = create_settlement(self.service.store, self.coop_combo.currentData() or "", _pydate(self.from_edit),
                                  _pydate(self.to_edit), self.service.clock)
        self.draft = self.created = draft
        self._show(draft)
        self.create_button.setEnabled(False)
        self.number_label.setText(self.tr("Settlement {0} saved: {1}, {2} – {3}").format(
            draft.number, draft.cooperative_names[1], draft.date_from.isoformat(), draft.date_to.isoformat()))
        self.number_label.setStyleSheet(f"color: {_GREEN}; font-weight: bold;")
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(True)
        self.message.say(self.tr("Saved as {0}. Save the statement for the cooperative to sign.").format(draft.number),
                         "ok")
        return draft

    def save_csv(self, path: Path) -> Path:
        """Write the created settlement as CSV; raises ``BackOfficeError``/``OSError``."""
        draft = self._require_created()
        path = Path(path)
        settlement_csv(draft, path)
        self.message.say(self.tr("CSV saved to {0}").format(path), "ok")
        return path

    def save_pdf(self, path: Path) -> Path:
        """Write the created settlement's statement as PDF; raises ``BackOfficeError``/``OSError``."""
        draft = self._require_created()
        from yarlung_pos.printing.statement import render_statement_pdf  # heavy (QtPdf writer); only when asked
        path = Path(path)
        render_statement_pdf(draft, path)
        self.message.say(self.tr("Statement saved to {0}").format(path), "ok")
        return path

    def _require_created(self) -> SettlementDraft:
        if self.created is None:
            raise BackOfficeError(QT_TRANSLATE_NOOP("DomainError", "create the settlement first"))
        return self.created

    # ------------------------------------------------------------------ display
    def _show(self, draft: SettlementDraft) -> None:
        table = self.table
        table.setRowCount(0)
        table.setRowCount(len(draft.products))
        for r, p in enumerate(draft.products):
            tip = f"{p.name_bo}\n{p.name_zh}\n{p.name_en}"
            returned = _item(_qty(p.returned, p.unit) if p.returned else "", right=True)
            refunds = _item(format_fen(p.refunds_fen) if p.refunds_fen else "", right=True)
            for c, item in enumerate((_item(p.sku, tip=tip), _item(_names(p.name_zh, p.name_bo), tip=tip),
                                      _item(f"{_qty(p.sold, p.unit)} {unit_name(p.unit)}", right=True), returned,
                                      _item(format_fen(p.gross_fen), right=True), refunds)):
                table.setItem(r, c, item)
        self._show_totals(draft)

    def _show_totals(self, draft: SettlementDraft | None) -> None:
        if draft is None:
            self.totals.setText("")
            return
        rate = f"{draft.commission_bp / 100:g} %"
        rows = [(self.tr("Gross sales"), format_fen(draft.gross_fen), False),
                (self.tr("Refunds"), format_fen(-draft.refunds_fen), False),
                (self.tr("Commission ({0})").format(rate), format_fen(-draft.commission_fen), False),
                (self.tr("Amount due to the cooperative"), format_fen(draft.due_fen), True)]
        html = "<table cellspacing='0' cellpadding='2'>"
        for label, value, bold in rows:
            b, eb = ("<b>", "</b>") if bold else ("", "")
            html += f"<tr><td>{b}{label}{eb}</td><td width='16'></td><td align='right'>{b}{value}{eb}</td></tr>"
        html += "</table>"
        if draft.payout_details:
            from html import escape
            pay_to = self.tr("Pay to: {0}").format(escape(draft.payout_details))
            html += f"<p style='color:{_GREY}'>{pay_to}</p>"
        self.totals.setText(html)

    # ------------------------------------------------------------------ slots
    def _on_preview(self) -> None:
        try:
            self.preview(self.coop_combo.currentData() or "", _pydate(self.from_edit), _pydate(self.to_edit))
        except DomainError as exc:
            self.message.say(describe(exc), "error")

    def _on_create(self) -> None:
        draft = self.draft
        if draft is not None and draft.number is None:
            answer = QMessageBox.question(self, self.tr("Create settlement"), self.tr(
                "Settle {0} sales of {1} from {2} to {3}: {4} due. These sales are then marked as settled "
                "and cannot be settled again. Create it?").format(
                len(draft.sales), self.coop_combo.currentText(), draft.date_from.isoformat(),
                draft.date_to.isoformat(), format_fen(draft.due_fen)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.create()
        except DomainError as exc:
            self.message.say(describe(exc), "error")

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        draft = self.created
        start = self._last_dir or Path.home()
        name, _ = QFileDialog.getSaveFileName(self, title, str(start / f"{draft.number}-{draft.cooperative}{suffix}"),
                                              filter_text)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._last_dir = path.parent
        return path

    def _on_save_pdf(self) -> None:
        path = self._ask_path(self.tr("Save statement as PDF"), ".pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            self.save_pdf(path)
        except ImportError:
            self.message.say(self.tr("This version cannot make statement PDFs yet; save the CSV instead."), "error")
        except (DomainError, OSError, RuntimeError) as exc:
            self.message.say(self.tr("PDF not saved: {0}").format(describe(exc)), "error")

    def _on_save_csv(self) -> None:
        path = self._ask_path(self.tr("Save settlement as CSV"), ".csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return
        try:
            self.save_csv(path)
        except (DomainError, OSError) as exc:
            self.message.say(self.tr("CSV not saved: {0}").format(describe(exc)), "error")


# ====================================================================== 4. reports


class SalesChart(QWidget):
    """A horizontal bar chart of money per label (sales by category), painted with QPainter:
    the label on the left, the bar, and the ￥ amount after it."""

    COLORS = ("#8e2430", "#d9822b", "#2f6f9f", "#3c8d5a", "#7b5ea7", "#b8862b", "#4a7f86", "#a34d6d")
    MARGIN = 8

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("salesChart")
        self._bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        """Show ``(label, fen)`` bars in the given order."""
        self._bars = list(bars)
        self.setToolTip("\n".join(f"{label}: {format_fen(fen)}" for label, fen in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        """The bars shown."""
        return list(self._bars)

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2)

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(480, max(160, 2 * self.MARGIN + self._row_height() * max(1, len(self._bars))))

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (in widget coordinates)."""
        if not self._bars:
            return []
        fm = self.fontMetrics()
        area = self.rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self._bars), int(area.width() * 0.4))
        amount_w = max(fm.horizontalAdvance(format_fen(fen)) for _, fen in self._bars)
        x0 = area.left() + label_w + 10
        room = max(1, area.width() - label_w - 10 - amount_w - 10)
        top_value = max(max(fen for _, fen in self._bars), 1)
        row_h = min(max(self._row_height(), area.height() / len(self._bars)), self._row_height() * 1.6)
        rects = []
        for i, (_, fen) in enumerate(self._bars):
            y = area.top() + i * row_h
            bar_h = row_h * 0.62
            rects.append(QRectF(x0, y + (row_h - bar_h) / 2, max(0, fen) / top_value * room, bar_h))
        return rects

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        if not self._bars:
            painter.setPen(QColor(_GREY))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No sales on this day"))
            painter.end()
            return
        area = self.rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self._bars), int(area.width() * 0.4))
        for i, ((label, fen), r) in enumerate(zip(self._bars, self.bar_rects())):
            row = QRectF(area.left(), r.center().y() - fm.height(), label_w, 2 * fm.height())
            painter.setPen(self.palette().text().color())
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.COLORS[i % len(self.COLORS)]))
            painter.drawRoundedRect(r, 3, 3)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(r.right() + 8, row.top(), area.right() - r.right() - 8, row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_fen(fen))
        painter.end()


class ReportsTab(QWidget):
    """The daily summary: totals, sales by payment method, category and cooperative, the
    top products, and a bar chart of sales by category; Export CSV."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.service = service
        self.report: DailyReport | None = None
        self._last_dir: Path | None = None

        self.date_edit = _date_edit("reportDate", service.clock().date())
        self.date_edit.dateChanged.connect(lambda *_: self.show_day(_pydate(self.date_edit)))
        today = QPushButton(self.tr("Today"), objectName="reportTodayButton")
        today.clicked.connect(lambda: self.date_edit.setDate(_qdate(self.service.clock().date())))
        export = QPushButton(self.tr("Export CSV…"), objectName="exportReportButton")
        export.clicked.connect(self._on_export)
        self.totals = QLabel(objectName="reportTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.chart = SalesChart()
        self.method_table = _table("paymentMethodTable", [self.tr("Payment method"), self.tr("Amount")], stretch=0)
        self.category_table = _table("categoryTable", [self.tr("Category"), self.tr("Amount")], stretch=0)
        self.cooperative_table = _table("cooperativeReportTable", [self.tr("Cooperative"), self.tr("Amount")], stretch=0)
        self.top_table = _table("topProductsTable", [self.tr("SKU"), self.tr("Product"), self.tr("Quantity"),
                                                     self.tr("Amount")])
        self.message = _Message("reportsMessage")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.date_edit)
        top.addWidget(today)
        top.addSpacing(16)
        top.addWidget(self.totals, 1)
        top.addWidget(export)
        chart_box = QGroupBox(self.tr("Sales by category"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        grid = QGridLayout()
        grid.addWidget(chart_box, 0, 0)
        grid.addWidget(self._titled(self.tr("Top products"), self.top_table), 1, 0)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self._titled(self.tr("By payment method"), self.method_table), 2)
        side_box.addWidget(self._titled(self.tr("By category"), self.category_table), 3)
        grid.addWidget(side, 0, 1)
        grid.addWidget(self._titled(self.tr("By cooperative"), self.cooperative_table), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        self.show_day(_pydate(self.date_edit))

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(title))
        v.addWidget(widget)
        return box

    def refresh(self) -> None:
        """Show the chosen day again (sales may have been made since)."""
        self.show_day(_pydate(self.date_edit))

    def method_name(self, method: str) -> str:
        """Translated name of a payment method code."""
        return {"cash": self.tr("Cash"), "wechat": self.tr("WeChat Pay"), "alipay": self.tr("Alipay"),
                "unionpay": self.tr("UnionPay card")}.get(method, method)

    def show_day(self, day: date) -> DailyReport:
        """Compute and show the summary of local date ``day``."""
        if _pydate(self.date_edit) != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(_qdate(day))
            self.date_edit.blockSignals(False)
        with self.service.store.read() as s:
            report = daily_report(s, day)
            cat_names = {c.code: (c.name_zh, c.name_bo) for c in list_categories(s)}
            coop_names = {c.code: (c.name_zh, c.name_bo) for c in list_cooperatives(s)}
        self.report = report
        self.totals.setText(self.tr("Sales: {0} · gross {1} · refunds: {2} ({3}) · <b>net {4}</b>").format(
            report.sales, format_fen(report.gross_fen), report.refunds, format_fen(report.refunds_fen),
            format_fen(report.net_fen)))
        self._fill(self.method_table, [(self.method_name(r["key"]), r["fen"], r["key"]) for r in report.by_method])
        self._fill(self.category_table, [(r["name"], r["fen"], r["key"]) for r in report.by_category])
        self._fill(self.cooperative_table, [(_names(*coop_names.get(r["key"], (r["name"], ""))), r["fen"], r["key"])
                                            for r in report.by_cooperative])
        self.top_table.setRowCount(0)
        self.top_table.setRowCount(len(report.top_products))
        for i, p in enumerate(report.top_products):
            for c, item in enumerate((_item(p["sku"]), _item(p["name"]), _item(p["qty"], right=True),
                                      _item(format_fen(p["fen"]), right=True))):
                self.top_table.setItem(i, c, item)
        self.chart.set_bars([(cat_names.get(r["key"], (r["name"], ""))[0], r["fen"]) for r in report.by_category])
        self.message.say("", "hint")
        return report

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, int, str]]) -> None:
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for i, (name, fen, key) in enumerate(rows):
            table.setItem(i, 0, _item(name, tip=key))
            table.setItem(i, 1, _item(format_fen(fen), right=True))

    def export_csv(self, path: Path) -> Path:
        """Write the shown day's summary as CSV (``daily_report_csv``); raises ``OSError``."""
        report = self.report or self.show_day(_pydate(self.date_edit))
        daily_report_csv(report, Path(path))
        self.message.say(self.tr("Report saved to {0}").format(path), "ok")
        return Path(path)

    def _on_export(self) -> None:
        start = self._last_dir or Path.home()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export daily report"),
                                              str(start / f"daily-{_pydate(self.date_edit).isoformat()}.csv"),
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self._last_dir = path.parent
        try:
            self.export_csv(path)
        except OSError as exc:
            self.message.say(self.tr("Report not saved: {0}").format(str(exc)), "error")


# ====================================================================== 5. catalogue


class CategoriesSection(QWidget):
    """The categories (code, names in three scripts, display order), edited in place; "Save"
    checks every row and keeps what was typed if one is refused."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("categoriesSection")
        self.service = service
        self.table = _table("categoryEditTable", [self.tr("Code"), self.tr("Tibetan"), self.tr("Chinese"),
                                                  self.tr("English"), self.tr("Order")], stretch=None)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.message = _Message("categoriesMessage")
        add = QPushButton(self.tr("Add category"), objectName="addCategoryRowButton")
        add.clicked.connect(self.add_row)
        save = QPushButton(self.tr("Save categories"), objectName="saveCategoriesButton")
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Show the stored categories."""
        with self.service.store.read() as s:
            cats = list_categories(s)
        self.table.setRowCount(0)
        for c in cats:
            self._append([c.code, c.name_bo, c.name_zh, c.name_en, str(c.sort_order)], existing=True)
        self.table.resizeColumnsToContents()

    def _append(self, values: list[str], existing: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col == 0 and existing:  # a code is the key products refer to
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)

    def add_row(self) -> None:
        """A new empty row to fill in."""
        self._append(["", "", "", "", str((self.table.rowCount() + 1) * 10)])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def rows(self) -> list[list[str]]:
        """The table as typed."""
        return [[(self.table.item(r, c).text() if self.table.item(r, c) else "").strip() for c in range(5)]
                for r in range(self.table.rowCount())]

    def save(self) -> bool:
        """Save every row; on the first refused row say which and why (nothing typed is lost)."""
        for i, (code, bo, zh, en, order) in enumerate(self.rows(), start=1):
            if not any((code, bo, zh, en)):
                continue
            try:
                save_category(self.service.store, code, bo, zh, en, int(order or 0))
            except (DomainError, ValueError) as exc:
                self.message.say(self.tr("Row {0}: {1}").format(i, describe(exc) if isinstance(exc, DomainError)
                                                                else self.tr("the order must be a whole number")), "error")
                return False
        self.message.say(self.tr("Categories saved."), "ok")
        self.reload()
        return True


class CatalogueTab(QWidget):
    """Products (names in three scripts, price, category, cooperative, unit, active flag,
    low-stock threshold) and cooperatives (names, town, contact, payout details,
    commission).  A sold product can be deactivated but never deleted; a new price applies
    to new sales only."""

    P_SKU, P_BO, P_ZH, P_EN, P_CAT, P_COOP, P_UNIT, P_PRICE, P_ACTIVE = range(9)

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogueTab")
        self.service = service
        self._products: list[ProductValues] = []
        self._coops: list[CooperativeValues] = []
        self._product_new = False
        self._product_loaded: tuple | None = None
        self._coop_new = False
        self._coop_loaded: tuple | None = None

        self.sections = QTabWidget(objectName="catalogueSections")
        self.sections.addTab(self._build_products(), self.tr("Products"))
        self.sections.addTab(self._build_cooperatives(), self.tr("Cooperatives"))
        self.categories = CategoriesSection(service, self)
        self.sections.addTab(self.categories, self.tr("Categories"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)
        self.refresh()
        self.new_product(ask=False)
        self.new_cooperative(ask=False)

    # ------------------------------------------------------------------ building
    def _build_products(self) -> QWidget:
        self.product_filter = QLineEdit(objectName="productFilterInput")
        self.product_filter.setPlaceholderText(self.tr("Filter by name, SKU or barcode"))
        self.product_filter.setClearButtonEnabled(True)
        self.product_filter.textChanged.connect(self._apply_filter)
        self.product_table = _table("productTable", [
            self.tr("SKU"), self.tr("Tibetan"), self.tr("Chinese"), self.tr("English"), self.tr("Category"),
            self.tr("Cooperative"), self.tr("Unit"), self.tr("Price"), self.tr("Active")], stretch=None)
        header = self.product_table.horizontalHeader()
        for col in (self.P_BO, self.P_ZH, self.P_EN, self.P_COOP):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 150)
        header.setStretchLastSection(False)
        _sortable(self.product_table)  # by SKU; a click on "Tibetan" sorts in Tibetan order
        header.sortIndicatorChanged.connect(self._apply_filter)  # the filter follows the rows
        self.product_table.itemSelectionChanged.connect(self._on_product_selected)

        self.p_sku = QLineEdit(objectName="productSkuInput")
        self.p_sku.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        self.p_barcode = QLineEdit(objectName="productBarcodeInput")
        self.p_barcode.setPlaceholderText(self.tr("EAN-13, EAN-8 or UPC-A; empty if none"))
        self.p_name_bo = _tall_input("productNameBoInput")
        self.p_name_zh = QLineEdit(objectName="productNameZhInput")
        self.p_name_en = QLineEdit(objectName="productNameEnInput")
        self.p_category = QComboBox(objectName="productCategoryCombo")
        self.p_cooperative = _cooperative_combo("productCooperativeCombo")
        self.p_cooperative.setMinimumContentsLength(20)
        self.p_unit = QComboBox(objectName="productUnitCombo")
        for u in UNITS:
            self.p_unit.addItem(f"{unit_name(u)} ({u})", u)
        self.p_price = QLineEdit(objectName="productPriceInput")
        self.p_price.setPlaceholderText("12.50")
        price_hint = QLabel(self.tr("A new price applies to new sales only."))
        price_hint.setStyleSheet(f"color: {_GREY};")
        self.p_threshold = QLineEdit(objectName="productThresholdInput")
        self.p_threshold.setPlaceholderText(self.tr("empty: no warning"))
        self.p_active = QCheckBox(self.tr("Active (sold at the till)"), objectName="productActiveCheck")
        form = QFormLayout()
        form.addRow(self.tr("SKU"), self.p_sku)
        form.addRow(self.tr("Barcode"), self.p_barcode)
        form.addRow(self.tr("Tibetan name"), self.p_name_bo)
        form.addRow(self.tr("Chinese name"), self.p_name_zh)
        form.addRow(self.tr("English name"), self.p_name_en)
        form.addRow(self.tr("Category"), self.p_category)
        form.addRow(self.tr("Cooperative"), self.p_cooperative)
        form.addRow(self.tr("Unit"), self.p_unit)
        form.addRow(self.tr("Price (￥)"), self.p_price)
        form.addRow("", price_hint)
        form.addRow(self.tr("Low-stock threshold"), self.p_threshold)
        form.addRow("", self.p_active)
        self.product_message = _Message("productMessage")
        new = QPushButton(self.tr("New product"), objectName="newProductButton")
        new.clicked.connect(lambda: self.new_product())
        self.p_save = QPushButton(self.tr("Save product"), objectName="saveProductButton")
        self.p_save.clicked.connect(self._on_save_product)
        self.p_delete = QPushButton(self.tr("Delete"), objectName="deleteProductButton")
        self.p_delete.clicked.connect(self._on_delete_product)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.p_delete)
        buttons.addStretch(1)
        buttons.addWidget(self.p_save)
        self.product_editor = QGroupBox(self.tr("Product"), objectName="productEditor")
        editor_box = QVBoxLayout(self.product_editor)
        editor_box.addLayout(form)
        editor_box.addStretch(1)
        editor_box.addWidget(self.product_message)
        editor_box.addLayout(buttons)
        self.product_editor.setMinimumWidth(420)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.product_filter)
        left_box.addWidget(self.product_table)
        page = QSplitter(Qt.Orientation.Horizontal)
        page.addWidget(left)
        page.addWidget(self.product_editor)
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 1)
        page.setSizes([800, 430])
        return page

    def _build_cooperatives(self) -> QWidget:
        self.coop_table = _table("cooperativeTable", [self.tr("Code"), self.tr("Chinese"), self.tr("Tibetan"),
                                                      self.tr("Commission")], stretch=2)
        _sortable(self.coop_table)
        self.coop_table.itemSelectionChanged.connect(self._on_coop_selected)
        self.c_code = QLineEdit(objectName="coopCodeInput")
        self.c_code.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        self.c_name_bo = _tall_input("coopNameBoInput")
        self.c_name_zh = QLineEdit(objectName="coopNameZhInput")
        self.c_name_en = QLineEdit(objectName="coopNameEnInput")
        self.c_town_bo = _tall_input("coopTownBoInput")
        self.c_town_zh = QLineEdit(objectName="coopTownZhInput")
        self.c_town_en = QLineEdit(objectName="coopTownEnInput")
        self.c_contact = QLineEdit(objectName="coopContactInput")
        self.c_phone = QLineEdit(objectName="coopPhoneInput")
        self.c_payout = QPlainTextEdit(objectName="coopPayoutInput")
        self.c_payout.setPlaceholderText(self.tr("Bank, account name and number, or WeChat/Alipay account"))
        self.c_payout.setMaximumHeight(int(self.fontMetrics().height() * 4.5))
        self.c_commission = QLineEdit(objectName="coopCommissionInput")
        self.c_commission.setPlaceholderText("10")
        commission = QHBoxLayout()
        commission.addWidget(self.c_commission)
        commission.addWidget(QLabel("%"))
        commission.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.c_code)
        form.addRow(self.tr("Tibetan name"), self.c_name_bo)
        form.addRow(self.tr("Chinese name"), self.c_name_zh)
        form.addRow(self.tr("English name"), self.c_name_en)
        form.addRow(self.tr("Town (Tibetan)"), self.c_town_bo)
        form.addRow(self.tr("Town (Chinese)"), self.c_town_zh)
        form.addRow(self.tr("Town (English)"), self.c_town_en)
        form.addRow(self.tr("Contact person"), self.c_contact)
        form.addRow(self.tr("Phone"), self.c_phone)
        form.addRow(self.tr("Payout details"), self.c_payout)
        form.addRow(self.tr("Hall commission"), commission)
        self.coop_message = _Message("cooperativeMessage")
        new = QPushButton(self.tr("New cooperative"), objectName="newCooperativeButton")
        new.clicked.connect(lambda: self.new_cooperative())
        save = QPushButton(self.tr("Save cooperative"), objectName="saveCooperativeButton")
        save.clicked.connect(self._on_save_cooperative)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(save)
        self.coop_editor = QGroupBox(self.tr("Cooperative"), objectName="cooperativeEditor")
        box = QVBoxLayout(self.coop_editor)
        box.addLayout(form)
        box.addStretch(1)
        box.addWidget(self.coop_message)
        box.addLayout(buttons)
        self.coop_editor.setMinimumWidth(420)
        page = QSplitter(Qt.Orientation.Horizontal)
        page.addWidget(self.coop_table)
        page.addWidget(self.coop_editor)
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 2)
        return page

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Reload both lists and the combos (the editors keep what is typed)."""
        with self.service.store.read() as s:
            self._products = product_values(s)
            self._coops = cooperative_values(s)
            categories = list_categories(s)
        self._cat_names = {c.code: c.name_zh for c in categories}
        coop_names = {c.code: c.name_zh for c in self._coops}
        for combo, entries in ((self.p_category, [(f"{c.name_zh} · {c.name_bo}", c.code) for c in categories]),
                               (self.p_cooperative, [(f"{c.name_zh} · {c.name_bo}", c.code) for c in self._coops])):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, code in entries:
                combo.addItem(text, code)
                combo.setItemData(combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)

        keep_sku = self._selected(self.product_table)
        table = self.product_table
        table.blockSignals(True)
        table.setSortingEnabled(False)  # rows stay put while filled; sorted once at the end
        table.setRowCount(0)
        table.setRowCount(len(self._products))
        for r, p in enumerate(self._products):
            cells = (_item(p.sku, data=p.sku), _bo_item(p.name_bo), _item(p.name_zh, tip=p.name_zh),
                     _item(p.name_en, tip=p.name_en), _item(self._cat_names.get(p.category, p.category), tip=p.category),
                     _item(coop_names.get(p.cooperative, p.cooperative), tip=p.cooperative),
                     _item(unit_name(p.unit)), _sorted_item(format_fen(p.price_fen), f"{p.price_fen:012d}", right=True),
                     _item(self.tr("yes") if p.active else self.tr("no")))
            for c, item in enumerate(cells):
                if not p.active:
                    item.setForeground(QColor("#888888"))
                table.setItem(r, c, item)
        table.setSortingEnabled(True)
        self._select_row(table, keep_sku)
        table.blockSignals(False)
        self._apply_filter()

        keep_code = self._selected(self.coop_table)
        table = self.coop_table
        table.blockSignals(True)
        table.setRowCount(0)
        table.setSortingEnabled(False)
        table.setRowCount(len(self._coops))
        for r, c in enumerate(self._coops):
            for col, item in enumerate((_item(c.code, data=c.code), _item(c.name_zh, tip=c.name_en),
                                        _bo_item(c.name_bo),
                                        _sorted_item(f"{c.commission_bp / 100:g} %", f"{c.commission_bp:06d}",
                                                     right=True))):
                table.setItem(r, col, item)
        table.setSortingEnabled(True)
        self._select_row(table, keep_code)
        table.blockSignals(False)

    @staticmethod
    def _selected(table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        return table.item(rows[0].row(), 0).text() if rows else None

    @staticmethod
    def _select_row(table: QTableWidget, key: str | None) -> None:
        table.clearSelection()
        for r in range(table.rowCount()):
            if key and table.item(r, 0).text() == key:
                table.selectRow(r)
                table.scrollToItem(table.item(r, 0))
                return

    def _apply_filter(self, *_args) -> None:
        needle = self.product_filter.text().strip().casefold()
        by_sku = {p.sku: p for p in self._products}
        table = self.product_table
        for r in range(table.rowCount()):  # rows are in the order the table is sorted in
            p = by_sku[table.item(r, self.P_SKU).data(Qt.ItemDataRole.UserRole)]
            hay = search_key(p.name_bo, p.name_zh, p.name_en, p.sku, p.barcode)
            table.setRowHidden(r, bool(needle) and needle not in hay)

    # ------------------------------------------------------------------ product editor
    def _product_fields(self) -> tuple:
        return (self.p_sku.text(), self.p_barcode.text(), self.p_name_bo.text(), self.p_name_zh.text(),
                self.p_name_en.text(), self.p_category.currentData(), self.p_cooperative.currentData(),
                self.p_unit.currentData(), self.p_price.text(), self.p_threshold.text(), self.p_active.isChecked())

    def product_changed(self) -> bool:
        """True when the product editor holds changes not saved."""
        return self._product_loaded is not None and self._product_fields() != self._product_loaded

    def cooperative_changed(self) -> bool:
        """True when the cooperative editor holds changes not saved."""
        return self._coop_loaded is not None and self._cooperative_fields() != self._coop_loaded

    def has_unsaved_changes(self) -> bool:
        """True when either editor holds changes not saved."""
        return self.product_changed() or self.cooperative_changed()

    def _may_discard(self, changed: bool, what: str) -> bool:
        if not changed:
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                      self.tr("Discard the changes to {0}?").format(what))
        return answer == QMessageBox.StandardButton.Yes

    def _show_product(self, p: ProductValues | None) -> None:
        self._product_new = p is None
        p = p or ProductValues("", "", "", "", self.p_category.itemData(0) or "", self.p_cooperative.itemData(0) or "",
                               "piece", 0, True)
        self.p_sku.setText(p.sku)
        self.p_sku.setReadOnly(not self._product_new)
        self.p_barcode.setText(p.barcode)
        self.p_name_bo.setText(p.name_bo)
        self.p_name_zh.setText(p.name_zh)
        self.p_name_en.setText(p.name_en)
        self.p_category.setCurrentIndex(max(0, self.p_category.findData(p.category)))
        self.p_cooperative.setCurrentIndex(max(0, self.p_cooperative.findData(p.cooperative)))
        self.p_unit.setCurrentIndex(max(0, self.p_unit.findData(p.unit)))
        self.p_unit.setEnabled(self._product_new)
        self.p_unit.setToolTip("" if self._product_new
                               else self.tr("The unit of a product with stock or sales cannot change."))
        self.p_price.setText(format_fen(p.price_fen, sign=False, group=False) if p.price_fen else "")
        self.p_threshold.setText(p.low_stock)
        self.p_active.setChecked(p.active)
        self.p_delete.setEnabled(not self._product_new)
        self.product_editor.setTitle(self.tr("New product") if self._product_new
                                     else self.tr("Product {0}").format(p.sku))
        self._product_loaded = self._product_fields()

    def select_product(self, sku: str, ask: bool = True) -> bool:
        """Show ``sku`` in the editor (asking first if the editor holds unsaved changes)."""
        p = next((p for p in self._products if p.sku == sku.strip().upper()), None)
        if p is None or (ask and not self._may_discard(self.product_changed(),
                                                       self.p_sku.text() or self.tr("the new product"))):
            return False
        self.product_table.blockSignals(True)
        self._select_row(self.product_table, p.sku)
        self.product_table.blockSignals(False)
        self._show_product(p)
        self.product_message.say("", "hint")
        return True

    def new_product(self, ask: bool = True) -> bool:
        """Empty the editor for a new product."""
        if ask and not self._may_discard(self.product_changed(), self.p_sku.text()):
            return False
        self.product_table.clearSelection()
        self._show_product(None)
        self.product_message.say(self.tr("New product: fill in every field, then Save."), "hint")
        self.p_sku.setFocus()
        return True

    def _on_product_selected(self) -> None:
        sku = self._selected(self.product_table)
        if sku is None or sku == (self.p_sku.text() if not self._product_new else None):
            return
        if not self.select_product(sku):
            self.product_table.blockSignals(True)  # stay on the product being edited
            self._select_row(self.product_table, None if self._product_new else self.p_sku.text())
            self.product_table.blockSignals(False)

    def edited_product(self) -> ProductValues:
        """The product as typed; raises ``CatalogueEditError`` for a price that is not yuan."""
        text = self.p_price.text()
        try:
            price = parse_yuan(text)
        except InvalidAmount:
            raise CatalogueEditError(QT_TRANSLATE_NOOP(
                "DomainError", "the price is in yuan with at most two decimals (like 12.50), not {text}"),
                text=text.strip()[:20]) from None
        return ProductValues(self.p_sku.text().strip().upper(), self.p_name_bo.text(), self.p_name_zh.text(),
                             self.p_name_en.text(), self.p_category.currentData() or "",
                             self.p_cooperative.currentData() or "", self.p_unit.currentData(), price,
                             self.p_active.isChecked(), self.p_barcode.text().strip(), self.p_threshold.text().strip())

    def save_product(self) -> str:
        """Save the editor's product (new or changed); returns its SKU.  Raises
        ``CatalogueEditError``/``InvalidQuantity``; the editor keeps everything typed."""
        values = self.edited_product()
        sku = save_product(self.service.store, values, self._product_new, self.service.clock)
        was_new = self._product_new
        self.refresh()
        self.select_product(sku, ask=False)
        self.product_message.say((self.tr("{0} added.") if was_new else self.tr("{0} saved.")).format(sku), "ok")
        return sku

    def delete_product(self, sku: str) -> None:
        """Delete ``sku`` if it was never sold and has no stock history; raises
        ``CatalogueEditError`` otherwise."""
        delete_product(self.service.store, sku)
        self.refresh()
        self._show_product(None)
        self.product_message.say(self.tr("{0} deleted.").format(sku.strip().upper()), "ok")

    def _on_save_product(self) -> None:
        try:
            self.save_product()
        except DomainError as exc:
            self.product_message.say(self.tr("Not saved: {0}").format(describe(exc)), "error")

    def _on_delete_product(self) -> None:
        sku = self.p_sku.text().strip()
        if self._product_new or not sku:
            return
        answer = QMessageBox.question(self, self.tr("Delete product"), self.tr("Delete {0} for good?").format(sku))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.delete_product(sku)
        except DomainError as exc:
            self.product_message.say(self.tr("Not deleted: {0}").format(describe(exc)), "error")

    # ------------------------------------------------------------------ cooperative editor
    def _cooperative_fields(self) -> tuple:
        return (self.c_code.text(), self.c_name_bo.text(), self.c_name_zh.text(), self.c_name_en.text(),
                self.c_town_bo.text(), self.c_town_zh.text(), self.c_town_en.text(), self.c_contact.text(),
                self.c_phone.text(), self.c_payout.toPlainText(), self.c_commission.text())

    def _show_cooperative(self, c: CooperativeValues | None) -> None:
        self._coop_new = c is None
        c = c or CooperativeValues("", "", "", "")
        self.c_code.setText(c.code)
        self.c_code.setReadOnly(not self._coop_new)
        for edit, value in ((self.c_name_bo, c.name_bo), (self.c_name_zh, c.name_zh), (self.c_name_en, c.name_en),
                            (self.c_town_bo, c.town_bo), (self.c_town_zh, c.town_zh), (self.c_town_en, c.town_en),
                            (self.c_contact, c.contact_name), (self.c_phone, c.contact_phone)):
            edit.setText(value)
        self.c_payout.setPlainText(c.payout_details)
        self.c_commission.setText(f"{c.commission_bp / 100:g}")
        self.coop_editor.setTitle(self.tr("New cooperative") if self._coop_new
                                  else self.tr("Cooperative {0}").format(c.code))
        self._coop_loaded = self._cooperative_fields()

    def select_cooperative(self, code: str, ask: bool = True) -> bool:
        """Show cooperative ``code`` in the editor (asking first about unsaved changes)."""
        c = next((c for c in self._coops if c.code == code.strip().upper()), None)
        if c is None or (ask and not self._may_discard(self.cooperative_changed(),
                                                       self.c_code.text() or self.tr("the new cooperative"))):
            return False
        self.coop_table.blockSignals(True)
        self._select_row(self.coop_table, c.code)
        self.coop_table.blockSignals(False)
        self._show_cooperative(c)
        self.coop_message.say("", "hint")
        return True

    def new_cooperative(self, ask: bool = True) -> bool:
        """Empty the editor for a new cooperative."""
        if ask and not self._may_discard(self.cooperative_changed(), self.c_code.text()):
            return False
        self.coop_table.clearSelection()
        self._show_cooperative(None)
        self.coop_message.say(self.tr("New cooperative: code and names in three scripts are required."), "hint")
        return True

    def _on_coop_selected(self) -> None:
        code = self._selected(self.coop_table)
        if code is None or code == (self.c_code.text() if not self._coop_new else None):
            return
        if not self.select_cooperative(code):
            self.coop_table.blockSignals(True)
            self._select_row(self.coop_table, None if self._coop_new else self.c_code.text())
            self.coop_table.blockSignals(False)

    def edited_cooperative(self) -> CooperativeValues:
        """The cooperative as typed; raises ``CatalogueEditError`` for a bad commission."""
        return CooperativeValues(self.c_code.text().strip().upper(), self.c_name_bo.text(), self.c_name_zh.text(),
                                 self.c_name_en.text(), self.c_town_bo.text(), self.c_town_zh.text(),
                                 self.c_town_en.text(), self.c_contact.text(), self.c_phone.text(),
                                 self.c_payout.toPlainText(), parse_percent_bp(self.c_commission.text()))

    def save_cooperative(self) -> str:
        """Save the editor's cooperative; returns its code.  Raises ``CatalogueEditError``;
        the editor keeps everything typed."""
        values = self.edited_cooperative()
        code = save_cooperative(self.service.store, values, self._coop_new)
        was_new = self._coop_new
        self.refresh()
        self.select_cooperative(code, ask=False)
        self.coop_message.say((self.tr("{0} added.") if was_new else self.tr("{0} saved.")).format(code), "ok")
        return code

    def _on_save_cooperative(self) -> None:
        try:
            self.save_cooperative()
        except DomainError as exc:
            self.coop_message.say(self.tr("Not saved: {0}").format(describe(exc)), "error")


# ====================================================================== the window


class BackOfficeWindow(QDialog):
    """The back office of ``service``'s store: Stock, Stocktake, Settlement, Reports and
    Catalogue tabs.  Each tab reloads when shown (the counter may have sold meanwhile)."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("backOfficeWindow")
        self.setWindowTitle(self.tr("Back office — Yarlung POS"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.service = service
        self.confirm_close = True  # ask before dropping unsaved catalogue edits (tests switch it off)

        self.stock_tab = StockTab(service)
        self.stocktake_tab = StocktakeTab(service)
        self.settlement_tab = SettlementTab(service)
        self.reports_tab = ReportsTab(service)
        self.catalogue_tab = CatalogueTab(service)
        self.tabs = QTabWidget(objectName="backOfficeTabs")
        for tab, title in ((self.stock_tab, self.tr("Stock")), (self.stocktake_tab, self.tr("Stocktake")),
                           (self.settlement_tab, self.tr("Settlement")), (self.reports_tab, self.tr("Reports")),
                           (self.catalogue_tab, self.tr("Catalogue"))):
            # each tab scrolls when it needs more room than the screen has (longer Tibetan words)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(tab)
            self.tabs.addTab(scroll, title)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        close = QPushButton(self.tr("Close"), objectName="closeBackOfficeButton")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1280, 800)
        _no_default_buttons(self)

    def show_tab(self, tab: QWidget) -> None:
        """Bring ``tab`` (``stock_tab``, ``settlement_tab`` …) to the front."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).widget() is tab:
                self.tabs.setCurrentIndex(i)
                return

    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        tab = tab.widget() if isinstance(tab, QScrollArea) else tab
        if hasattr(tab, "refresh"):
            tab.refresh()

    def reject(self) -> None:  # Esc, Close and the window's ✕
        """Close, asking first when the catalogue editor holds unsaved changes."""
        if self.confirm_close and self.catalogue_tab.has_unsaved_changes():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                          self.tr("The catalogue editor has changes that are not saved. Close anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.show_tab(self.catalogue_tab)
                return
        super().reject()
