"""The labels screen's products: found by search, scan or category, listed with their copies."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout)

from yarlung_pos.domain.scan import looks_like_code
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.printing.labels import LabelError, LabelProduct
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TwoLineDelegate

SEARCH_DELAY_MS = 150
MAX_COPIES = 999
_COL_SKU, _COL_NAME, _COL_COPIES, _COL_REMOVE = range(4)


class LabelsProducts:
    """Part of :class:`~yarlung_pos.ui.labels.LabelsDialog`: the search field and its matches,
    the category to add whole, and the table of products and copies (1 to :data:`MAX_COPIES`).

    Builds ``search_input``, ``results``, ``category_combo``, ``category_button`` and
    ``table``; uses the dialog's ``service``, ``_products``, ``_show``,
    ``_set_output_enabled`` and ``_schedule_preview``."""

    def _build_products(self) -> tuple[QVBoxLayout, QVBoxLayout]:
        """The search column and the column of the chosen products (the options go below)."""
        self.search_input = QLineEdit(objectName="labelSearchInput")
        self.search_input.setPlaceholderText(self.tr("Name, SKU, barcode or a scanned label"))
        self.search_input.setClearButtonEnabled(True)
        # a Tibetan line (Noto Serif Tibetan) is about twice as tall as a Latin one: room for it
        self.search_input.setMinimumHeight(self.fontMetrics().height() * 2)
        self.search_input.textEdited.connect(self._on_search_edited)
        self.search_input.returnPressed.connect(self._on_search_enter)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_input, activated=lambda: self._move_result(1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Up), self.search_input, activated=lambda: self._move_result(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.results = QListWidget(objectName="labelSearchResults")
        self.results.setItemDelegate(TwoLineDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemDoubleClicked.connect(self._add_result)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.results, context=Qt.ShortcutContext.WidgetShortcut,
                      activated=lambda: self.results.currentItem() and self._add_result(self.results.currentItem()))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

        self.category_combo = QComboBox(objectName="labelCategoryCombo")
        for c in self.service.categories():
            self.category_combo.addItem(f"{c.name_zh} · {c.name_bo}", c.code)
            self.category_combo.setItemData(self.category_combo.count() - 1, f"{c.code} — {c.name_en}",
                                            Qt.ItemDataRole.ToolTipRole)
        self.category_button = QPushButton(self.tr("Add whole category"), objectName="addCategoryButton")
        self.category_button.clicked.connect(self.add_category)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Find products")))
        left.addWidget(self.search_input)
        left.addWidget(self.results, 1)
        left.addWidget(QLabel(self.tr("Category")))
        left.addWidget(self.category_combo)
        left.addWidget(self.category_button)

        self.table = QTableWidget(0, 4, objectName="labelItemsTable")
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Copies"), ""])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_COL_SKU, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_COL_COPIES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_COL_REMOVE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        clear_button = QPushButton(self.tr("Remove all"), objectName="clearLabelsButton")
        clear_button.clicked.connect(lambda: self.set_items([]))
        table_box = QVBoxLayout()
        from yarlung_pos.ui.widgets import WrappingLabel
        table_box.addWidget(WrappingLabel(self.tr("Labels to print (Delete removes the selected rows)")))
        table_box.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(clear_button)
        table_box.addLayout(row)
        return left, table_box

    # ------------------------------------------------------------------ chosen products
    def items(self) -> list[tuple[LabelProduct, int]]:
        """The products listed and their copies, in table order."""
        return [(p, self._copies_spin(row).value()) for row, p in enumerate(self._products)]

    def set_items(self, items: list[tuple[str, int]]) -> None:
        """Replace the list with ``(SKU, copies)`` (a SKU twice adds up its copies).  Raises
        :class:`LabelError` for an unknown SKU or copies below 1, and then changes nothing."""
        merged: dict[str, int] = {}
        try:
            for sku, copies in items:
                if copies < 1:
                    raise LabelError(f"copies for {sku} must be at least 1, not {copies}")
                merged[sku.strip().upper()] = merged.get(sku.strip().upper(), 0) + copies
            resolved = self._resolve(list(merged.items()))
        except LabelError as exc:
            self._show(self.tr("Not changed: {0}").format(str(exc)), error=True)
            raise
        self.table.setRowCount(0)
        self._products.clear()
        for product, copies in resolved:
            self._append_row(product, copies)
        self._items_changed(now=True)

    def add_product(self, sku: str, copies: int = 1) -> None:
        """Add ``copies`` labels of ``sku`` (one more row, or more copies on its row).
        Raises :class:`LabelError` for an unknown SKU."""
        for product, n in self._resolve([(sku, copies)]):
            self._add(product, n)
        self._items_changed(now=True)

    def add_category(self) -> None:
        """Add one label of every active product of the chosen category."""
        code = self.category_combo.currentData()
        if not code:
            return
        try:
            products = self._resolve([], category=code)
        except LabelError as exc:
            self._show(str(exc), error=True)
            return
        for product, copies in products:
            self._add(product, copies)
        self._items_changed(now=True)
        self._show(self.tr("Added {0} products of {1}.").format(len(products), self.category_combo.currentText()),
                   error=False)

    def remove_selected(self) -> None:
        """Remove the selected rows (Delete key)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self._remove_row(row)
        if rows:
            self._items_changed(now=True)

    def _resolve(self, requests: list[tuple[str, int]], category: str | None = None) -> list[tuple[LabelProduct, int]]:
        return self.service.label_items(requests, category)

    def _row_of(self, sku: str) -> int:
        return next((i for i, p in enumerate(self._products) if p.sku == sku), -1)

    def _copies_spin(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, _COL_COPIES)

    def _add(self, product: LabelProduct, copies: int) -> None:
        row = self._row_of(product.sku)
        if row >= 0:
            spin = self._copies_spin(row)
            spin.setValue(min(MAX_COPIES, spin.value() + copies))
            self.table.selectRow(row)
        else:
            self._append_row(product, copies)
            self.table.selectRow(self.table.rowCount() - 1)

    def _append_row(self, product: LabelProduct, copies: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._products.append(product)
        sku = QTableWidgetItem(product.sku)
        name = QTableWidgetItem(" · ".join(x for x in (product.name_zh, product.name_bo) if x))
        tip = "\n".join(x for x in (product.name_bo, product.name_zh, product.name_en,
                                   f"{format_fen(product.price_fen)} / {unit_name(product.unit)}") if x)
        for item in (sku, name):
            item.setToolTip(tip)
        self.table.setItem(row, _COL_SKU, sku)
        self.table.setItem(row, _COL_NAME, name)
        spin = QSpinBox()
        spin.setRange(1, MAX_COPIES)
        spin.setValue(max(1, min(MAX_COPIES, copies)))
        spin.setAccessibleName(self.tr("Copies of {0}").format(product.sku))
        spin.valueChanged.connect(self._items_changed)
        self.table.setCellWidget(row, _COL_COPIES, spin)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove {0}").format(product.sku))
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda _=False, s=product.sku: self._remove_sku(s))
        self.table.setCellWidget(row, _COL_REMOVE, remove)

    def _remove_sku(self, sku: str) -> None:
        row = self._row_of(sku)
        if row >= 0:
            self._remove_row(row)
            self._items_changed(now=True)

    def _remove_row(self, row: int) -> None:
        self.table.removeRow(row)
        del self._products[row]

    def _items_changed(self, *_args, now: bool = False) -> None:
        """The list changed: preview ~200 ms later (copies typed), or ``now`` (rows added or
        removed: one redraw, not one per keystroke, so no reason to wait)."""
        self._set_output_enabled(bool(self._products))
        if now:
            self.refresh_preview()
        else:
            self._schedule_preview()

    # ------------------------------------------------------------------ search
    def _on_search_edited(self, text: str) -> None:
        t = text.strip()
        if not t or looks_like_code(t):
            self._search_timer.stop()
            self.results.clear()
            return
        self._search_timer.start()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_input.text().strip()
        self.results.clear()
        if not text or looks_like_code(text):
            return
        for p in self.service.search(text):
            price = f"{format_fen(p.price_fen)} / {unit_name(p.unit)}"
            item = QListWidgetItem(f"{p.name_bo} {p.name_zh} {p.name_en} {p.sku}")
            item.setData(TWO_LINE_ROLE, (p.name_bo or p.name_zh, f"{p.name_zh} · {p.sku} · {price}"))
            item.setData(Qt.ItemDataRole.UserRole, p.sku)
            item.setToolTip(f"{p.name_bo}\n{p.name_zh}\n{p.name_en}")
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _move_result(self, delta: int) -> None:
        if self._search_timer.isActive():
            self._run_search()
        n = self.results.count()
        if n:
            self.results.setCurrentRow(max(0, min(n - 1, self.results.currentRow() + delta)))

    def _on_search_enter(self) -> None:
        """Enter: a scanned code adds its product; otherwise the highlighted match."""
        text = self.search_input.text().strip()
        if not text:
            return
        if looks_like_code(text):
            try:
                product = self.service.lookup(text)
            except Exception as exc:  # UnknownCode and friends: say why, keep the text
                self._show(self.tr("No product for “{0}”: {1}").format(text, describe(exc)), error=True)
                self.search_input.selectAll()
                return
            self._add_sku(product.sku)
            self.search_input.clear()
            return
        if self._search_timer.isActive():
            self._run_search()
        item = self.results.currentItem()
        if item is None:
            self._show(self.tr("No product matches “{0}”.").format(text), error=True)
            return
        self._add_result(item)

    def _add_result(self, item: QListWidgetItem) -> None:
        self._add_sku(item.data(Qt.ItemDataRole.UserRole))

    def _add_sku(self, sku: str) -> None:
        try:
            self.add_product(sku)
        except LabelError as exc:
            self._show(str(exc), error=True)
            return
        row = self._row_of(sku)
        self._show(self.tr("Added {0} (× {1}).").format(sku, self._copies_spin(row).value()), error=False)
