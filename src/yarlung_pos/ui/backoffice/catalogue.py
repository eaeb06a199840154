"""The Catalogue tab: products, cooperatives and categories, each a list beside (or as) the
shared record editor of :mod:`yarlung_pos.ui.backoffice.editor`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTableWidget, QTabWidget, QVBoxLayout, QWidget)

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, UNITS, DomainError
from yarlung_pos.domain.money import InvalidAmount, parse_yuan
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.backoffice import (CatalogueEditError, CooperativeValues, ProductValues, delete_product,
                                             parse_percent_bp, save_category, save_cooperative, save_product)
from yarlung_pos.services.backoffice_queries import catalogue_view, categories
from yarlung_pos.services.catalogue import search_key
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import (Message, make_sortable, make_table, sorted_cell, text_cell,
                                              tibetan_cell)
from yarlung_pos.ui.backoffice.editor import (CHECK, CHOICE, LINES, NOTE, TALL, Field, RecordEditor, add_record,
                                              record_table, table_records)
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.messages import describe


class CategoriesSection(QWidget):
    """The categories (code, names in three scripts, display order), edited in place; "Save"
    checks every row and keeps what was typed if one is refused."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("categoriesSection")
        self.service = service
        self.fields = [Field("code", self.tr("Code"), key_field=True), Field("name_bo", self.tr("Tibetan")),
                       Field("name_zh", self.tr("Chinese")), Field("name_en", self.tr("English")),
                       Field("sort_order", self.tr("Order"))]
        self.table = record_table("categoryEditTable", self.fields)
        self.message = Message("categoriesMessage")
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
        self.table.setRowCount(0)
        for c in categories(self.service.store):
            add_record(self.table, self.fields, [c.code, c.name_bo, c.name_zh, c.name_en, str(c.sort_order)],
                       existing=True)
        self.table.resizeColumnsToContents()

    def add_row(self) -> None:
        """A new empty row to fill in."""
        add_record(self.table, self.fields, ["", "", "", "", str((self.table.rowCount() + 1) * 10)])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def rows(self) -> list[list[str]]:
        """The table as typed: ``[code, Tibetan, Chinese, English, order]`` per row."""
        return table_records(self.table, self.fields)

    def save(self) -> bool:
        """Save every row; on the first refused row say which and why (nothing typed is lost)."""
        for i, (code, bo, zh, en, order) in enumerate(self.rows(), start=1):
            if not any((code, bo, zh, en)):
                continue
            try:
                save_category(self.service.store, code, bo, zh, en, order)  # the rulebook judges the order too
            except DomainError as exc:
                self.message.say(self.tr("Row {0}: {1}").format(i, describe(exc)), "error")
                return False
        self.message.say(self.tr("Categories saved."), "ok")
        self.reload()
        return True


class CatalogueTab(QWidget):
    """Products (names in three scripts, price, category, cooperative, unit, active flag,
    low-stock threshold) and cooperatives (names, town, contact, payout details,
    commission).  A sold product can be deactivated but never deleted; a new price applies
    to new sales only.

    The editors' inputs are also attributes: ``p_sku``, ``p_barcode``, ``p_name_bo``,
    ``p_name_zh``, ``p_name_en``, ``p_category``, ``p_cooperative``, ``p_unit``, ``p_price``,
    ``p_threshold``, ``p_active``; ``c_code``, ``c_name_bo`` … ``c_town_en``, ``c_contact``,
    ``c_phone``, ``c_payout``, ``c_commission``."""

    P_SKU, P_BO, P_ZH, P_EN, P_CAT, P_COOP, P_UNIT, P_PRICE, P_ACTIVE = range(9)

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogueTab")
        self.service = service
        self._products: list[ProductValues] = []
        self._coops: list[CooperativeValues] = []

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
    def _product_fields(self) -> list[Field]:
        return [Field("sku", self.tr("SKU"), "productSkuInput", key_field=True),
                Field("barcode", self.tr("Barcode"), "productBarcodeInput",
                      placeholder=self.tr("EAN-13, EAN-8 or UPC-A; empty if none")),
                Field("name_bo", self.tr("Tibetan name"), "productNameBoInput", TALL),
                Field("name_zh", self.tr("Chinese name"), "productNameZhInput"),
                Field("name_en", self.tr("English name"), "productNameEnInput"),
                Field("category", self.tr("Category"), "productCategoryCombo", CHOICE),
                Field("cooperative", self.tr("Cooperative"), "productCooperativeCombo", CHOICE, min_chars=20),
                Field("unit", self.tr("Unit"), "productUnitCombo", CHOICE,
                      choices=tuple((f"{unit_name(u)} ({u})", u) for u in UNITS)),
                Field("price", self.tr("Price (￥)"), "productPriceInput", placeholder="12.50"),
                Field("price_hint", self.tr("A new price applies to new sales only."), kind=NOTE),
                Field("low_stock", self.tr("Low-stock threshold"), "productThresholdInput",
                      placeholder=self.tr("empty: no warning")),
                Field("active", self.tr("Active (sold at the till)"), "productActiveCheck", CHECK)]

    def _cooperative_fields(self) -> list[Field]:
        return [Field("code", self.tr("Code"), "coopCodeInput", key_field=True),
                Field("name_bo", self.tr("Tibetan name"), "coopNameBoInput", TALL),
                Field("name_zh", self.tr("Chinese name"), "coopNameZhInput"),
                Field("name_en", self.tr("English name"), "coopNameEnInput"),
                Field("town_bo", self.tr("Town (Tibetan)"), "coopTownBoInput", TALL),
                Field("town_zh", self.tr("Town (Chinese)"), "coopTownZhInput"),
                Field("town_en", self.tr("Town (English)"), "coopTownEnInput"),
                Field("contact_name", self.tr("Contact person"), "coopContactInput"),
                Field("contact_phone", self.tr("Phone"), "coopPhoneInput"),
                Field("payout_details", self.tr("Payout details"), "coopPayoutInput", LINES,
                      placeholder=self.tr("Bank, account name and number, or WeChat/Alipay account")),
                Field("commission", self.tr("Hall commission"), "coopCommissionInput", placeholder="10", suffix="%")]

    def _build_products(self) -> QWidget:
        self.product_filter = QLineEdit(objectName="productFilterInput")
        self.product_filter.setPlaceholderText(self.tr("Filter by name, SKU or barcode"))
        self.product_filter.setClearButtonEnabled(True)
        self.product_filter.textChanged.connect(self._apply_filter)
        self.product_table = make_table("productTable", [
            self.tr("SKU"), self.tr("Tibetan"), self.tr("Chinese"), self.tr("English"), self.tr("Category"),
            self.tr("Cooperative"), self.tr("Unit"), self.tr("Price"), self.tr("Active")], stretch=None)
        header = self.product_table.horizontalHeader()
        for col in (self.P_BO, self.P_ZH, self.P_EN, self.P_COOP):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 150)
        header.setStretchLastSection(False)
        make_sortable(self.product_table)  # by SKU; a click on "Tibetan" sorts in Tibetan order
        header.sortIndicatorChanged.connect(self._apply_filter)  # the filter follows the rows
        self.product_table.itemSelectionChanged.connect(self._on_product_selected)

        self.product_form = form = RecordEditor(self._product_fields(), "productMessage", stretch=True)
        (self.p_sku, self.p_barcode, self.p_name_bo, self.p_name_zh, self.p_name_en, self.p_category,
         self.p_cooperative, self.p_unit, self.p_price, self.p_threshold, self.p_active) = (
            form.widget(k) for k in ("sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative",
                                     "unit", "price", "low_stock", "active"))
        self.product_message = form.message
        new = QPushButton(self.tr("New product"), objectName="newProductButton")
        new.clicked.connect(lambda: self.new_product())
        self.p_save = QPushButton(self.tr("Save product"), objectName="saveProductButton")
        self.p_save.clicked.connect(self._on_save_product)
        self.p_delete = QPushButton(self.tr("Delete"), objectName="deleteProductButton")
        self.p_delete.clicked.connect(self._on_delete_product)
        form.set_buttons([new, self.p_delete, None, self.p_save])
        self.product_editor = QGroupBox(self.tr("Product"), objectName="productEditor")
        QVBoxLayout(self.product_editor).addWidget(form)
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
        self.coop_table = make_table("cooperativeTable", [self.tr("Code"), self.tr("Chinese"), self.tr("Tibetan"),
                                                          self.tr("Commission")], stretch=2)
        make_sortable(self.coop_table)
        self.coop_table.itemSelectionChanged.connect(self._on_coop_selected)
        self.coop_form = form = RecordEditor(self._cooperative_fields(), "cooperativeMessage", stretch=True)
        (self.c_code, self.c_name_bo, self.c_name_zh, self.c_name_en, self.c_town_bo, self.c_town_zh,
         self.c_town_en, self.c_contact, self.c_phone, self.c_payout, self.c_commission) = (
            form.widget(f.key) for f in form.fields)
        self.coop_message = form.message
        new = QPushButton(self.tr("New cooperative"), objectName="newCooperativeButton")
        new.clicked.connect(lambda: self.new_cooperative())
        save = QPushButton(self.tr("Save cooperative"), objectName="saveCooperativeButton")
        save.clicked.connect(self._on_save_cooperative)
        form.set_buttons([new, None, save])
        self.coop_editor = QGroupBox(self.tr("Cooperative"), objectName="cooperativeEditor")
        QVBoxLayout(self.coop_editor).addWidget(form)
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
        view = catalogue_view(self.service.store)
        self._products, self._coops = view.products, view.cooperatives
        self._cat_names = {c.code: c.name_zh for c in view.categories}
        coop_names = {c.code: c.name_zh for c in self._coops}
        self.product_form.set_choices("category", [(f"{c.name_zh} · {c.name_bo}", c.code, c.code)
                                                   for c in view.categories])
        self.product_form.set_choices("cooperative", [(f"{c.name_zh} · {c.name_bo}", c.code, c.code)
                                                      for c in self._coops])

        keep_sku = self._selected(self.product_table)
        table = self.product_table
        table.blockSignals(True)
        table.setSortingEnabled(False)  # rows stay put while filled; sorted once at the end
        table.setRowCount(0)
        table.setRowCount(len(self._products))
        for r, p in enumerate(self._products):
            cells = (text_cell(p.sku, data=p.sku), tibetan_cell(p.name_bo), text_cell(p.name_zh, tip=p.name_zh),
                     text_cell(p.name_en, tip=p.name_en),
                     text_cell(self._cat_names.get(p.category, p.category), tip=p.category),
                     text_cell(coop_names.get(p.cooperative, p.cooperative), tip=p.cooperative),
                     text_cell(unit_name(p.unit)),
                     sorted_cell(format_fen(p.price_fen), f"{p.price_fen:012d}", right=True),
                     text_cell(self.tr("yes") if p.active else self.tr("no")))
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
            for col, item in enumerate((text_cell(c.code, data=c.code), text_cell(c.name_zh, tip=c.name_en),
                                        tibetan_cell(c.name_bo),
                                        sorted_cell(f"{c.commission_bp / 100:g} %", f"{c.commission_bp:06d}",
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

    # ------------------------------------------------------------------ both editors
    def product_changed(self) -> bool:
        """True when the product editor holds changes not saved."""
        return self.product_form.changed()

    def cooperative_changed(self) -> bool:
        """True when the cooperative editor holds changes not saved."""
        return self.coop_form.changed()

    def has_unsaved_changes(self) -> bool:
        """True when either editor holds changes not saved."""
        return self.product_changed() or self.cooperative_changed()

    def _may_discard(self, changed: bool, what: str) -> bool:
        if not changed:
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                      self.tr("Discard the changes to {0}?").format(what))
        return answer == QMessageBox.StandardButton.Yes

    def _select_quietly(self, table: QTableWidget, key: str | None) -> None:
        table.blockSignals(True)
        self._select_row(table, key)
        table.blockSignals(False)

    def _follow_selection(self, table: QTableWidget, editor: RecordEditor, select) -> None:
        """The row clicked in ``table`` goes to ``editor`` (``select(key)``); when that is
        refused (unsaved changes kept) the row of the record being edited stays selected."""
        key = self._selected(table)
        if key is None or key == (editor.key_text() if not editor.is_new else None):
            return
        if not select(key):
            self._select_quietly(table, None if editor.is_new else editor.key_text())

    # ------------------------------------------------------------------ product editor
    def _show_product(self, p: ProductValues | None) -> None:
        new = p is None
        p = p or ProductValues("", "", "", "", self.p_category.itemData(0) or "", self.p_cooperative.itemData(0) or "",
                               "piece", 0, True)
        self.product_form.load({"sku": p.sku, "barcode": p.barcode, "name_bo": p.name_bo, "name_zh": p.name_zh,
                                "name_en": p.name_en, "category": p.category, "cooperative": p.cooperative,
                                "unit": p.unit,
                                "price": format_fen(p.price_fen, sign=False, group=False) if p.price_fen else "",
                                "low_stock": p.low_stock, "active": p.active}, new)
        self.p_unit.setEnabled(new)
        self.p_unit.setToolTip("" if new else self.tr("The unit of a product with stock or sales cannot change."))
        self.p_delete.setEnabled(not new)
        self.product_editor.setTitle(self.tr("New product") if new else self.tr("Product {0}").format(p.sku))

    def select_product(self, sku: str, ask: bool = True) -> bool:
        """Show ``sku`` in the editor (asking first if the editor holds unsaved changes)."""
        p = next((p for p in self._products if p.sku == sku.strip().upper()), None)
        if p is None or (ask and not self._may_discard(self.product_changed(),
                                                       self.p_sku.text() or self.tr("the new product"))):
            return False
        self._select_quietly(self.product_table, p.sku)
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
        self._follow_selection(self.product_table, self.product_form, self.select_product)

    def edited_product(self) -> ProductValues:
        """The product as typed; raises ``CatalogueEditError`` for a price that is not yuan."""
        v = self.product_form.values()
        text = v["price"]
        try:
            price = parse_yuan(text)
        except InvalidAmount:
            raise CatalogueEditError(QT_TRANSLATE_NOOP(
                "DomainError", "the price is in yuan with at most two decimals (like 12.50), not {text}"),
                text=text.strip()[:20]) from None
        return ProductValues(v["sku"].strip().upper(), v["name_bo"], v["name_zh"], v["name_en"], v["category"] or "",
                             v["cooperative"] or "", v["unit"], price, v["active"], v["barcode"].strip(),
                             v["low_stock"].strip())

    def save_product(self) -> str:
        """Save the editor's product (new or changed); returns its SKU.  Raises
        ``CatalogueEditError``/``InvalidQuantity``; the editor keeps everything typed."""
        values = self.edited_product()
        was_new = self.product_form.is_new
        sku = save_product(self.service.store, values, was_new, self.service.clock)
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
        if self.product_form.is_new or not sku:
            return
        answer = QMessageBox.question(self, self.tr("Delete product"), self.tr("Delete {0} for good?").format(sku))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.delete_product(sku)
        except DomainError as exc:
            self.product_message.say(self.tr("Not deleted: {0}").format(describe(exc)), "error")

    # ------------------------------------------------------------------ cooperative editor
    def _show_cooperative(self, c: CooperativeValues | None) -> None:
        new = c is None
        c = c or CooperativeValues("", "", "", "")
        self.coop_form.load({"code": c.code, "name_bo": c.name_bo, "name_zh": c.name_zh, "name_en": c.name_en,
                             "town_bo": c.town_bo, "town_zh": c.town_zh, "town_en": c.town_en,
                             "contact_name": c.contact_name, "contact_phone": c.contact_phone,
                             "payout_details": c.payout_details, "commission": f"{c.commission_bp / 100:g}"}, new)
        self.coop_editor.setTitle(self.tr("New cooperative") if new else self.tr("Cooperative {0}").format(c.code))

    def select_cooperative(self, code: str, ask: bool = True) -> bool:
        """Show cooperative ``code`` in the editor (asking first about unsaved changes)."""
        c = next((c for c in self._coops if c.code == code.strip().upper()), None)
        if c is None or (ask and not self._may_discard(self.cooperative_changed(),
                                                       self.c_code.text() or self.tr("the new cooperative"))):
            return False
        self._select_quietly(self.coop_table, c.code)
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
        self._follow_selection(self.coop_table, self.coop_form, self.select_cooperative)

    def edited_cooperative(self) -> CooperativeValues:
        """The cooperative as typed; raises ``CatalogueEditError`` for a bad commission."""
        v = self.coop_form.values()
        return CooperativeValues(v["code"].strip().upper(), v["name_bo"], v["name_zh"], v["name_en"], v["town_bo"],
                                 v["town_zh"], v["town_en"], v["contact_name"], v["contact_phone"],
                                 v["payout_details"], parse_percent_bp(v["commission"]))

    def save_cooperative(self) -> str:
        """Save the editor's cooperative; returns its code.  Raises ``CatalogueEditError``;
        the editor keeps everything typed."""
        values = self.edited_cooperative()
        was_new = self.coop_form.is_new
        code = save_cooperative(self.service.store, values, was_new)
        self.refresh()
        self.select_cooperative(code, ask=False)
        self.coop_message.say((self.tr("{0} added.") if was_new else self.tr("{0} saved.")).format(code), "ok")
        return code

    def _on_save_cooperative(self) -> None:
        try:
            self.save_cooperative()
        except DomainError as exc:
            self.coop_message.say(self.tr("Not saved: {0}").format(describe(exc)), "error")
