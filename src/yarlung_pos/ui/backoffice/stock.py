"""The Stock tab: every product's level, the ledger of one, goods received, adjustments and
low-stock thresholds."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from yarlung_pos.services.backoffice_queries import ledger_view, stock_overview
from yarlung_pos.services.inventory import ADJUST_REASONS, adjust_stock, receive_stock, set_low_stock_threshold
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import LOW_CELL, RED, Message, make_table, names_text, qty_text, text_cell
from yarlung_pos.ui.backoffice.editor import CHOICE, SHOW, Field, FormDialog
from yarlung_pos.ui.backoffice.receive import ReceiveDialog
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.labels import LabelsDialog
from yarlung_pos.ui.messages import describe


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
        self.stock_table = make_table("stockTable", [self.tr("SKU"), self.tr("Product"), self.tr("Unit"),
                                                     self.tr("Level"), self.tr("Low at")])
        self.stock_table.itemSelectionChanged.connect(self._on_selection)

        self.ledger_title = QLabel(objectName="ledgerTitle")
        self.ledger_table = make_table("ledgerTable", [self.tr("Time"), self.tr("Change"), self.tr("Reason"),
                                                       self.tr("Source"), self.tr("Note"), self.tr("Level after")],
                                       stretch=4)

        receive = QPushButton(self.tr("Receive goods…"), objectName="receiveButton")
        receive.clicked.connect(self.open_receive_dialog)
        self.adjust_button = QPushButton(self.tr("Adjust…"), objectName="adjustButton")
        self.adjust_button.clicked.connect(self.open_adjust_dialog)
        self.threshold_button = QPushButton(self.tr("Set low-stock threshold…"), objectName="thresholdButton")
        self.threshold_button.clicked.connect(self.open_threshold_dialog)
        self.message = Message("stockMessage")

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
        overview = stock_overview(self.service.store, only=self.filter_combo.currentData())
        lines, names = overview.lines, overview.names
        table = self.stock_table
        table.blockSignals(True)
        table.setRowCount(0)
        table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            bo, zh, en = names.get(line.sku, ("", line.name_zh, ""))
            tip = f"{bo}\n{zh}\n{en}"
            level = text_cell(qty_text(line.level, line.unit), right=True)
            low = line.threshold is not None and line.level <= line.threshold
            if line.level < 0:
                level.setForeground(QColor(RED))
                level.setToolTip(self.tr("Below zero: sold without stock — count it or receive the goods"))
            elif low:
                level.setBackground(LOW_CELL)
                level.setToolTip(self.tr("Low stock"))
            items = (text_cell(line.sku, tip=tip), text_cell(names_text(zh, bo), tip=tip),
                     text_cell(unit_name(line.unit)), level,
                     text_cell("" if line.threshold is None else qty_text(line.threshold, line.unit), right=True))
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
        view = ledger_view(self.service.store, sku)
        entries, numbers, unit = view.entries, view.numbers, view.unit
        self.ledger_title.setText(self.tr("Stock moves of {0} (newest first)").format(sku))
        table.setRowCount(len(entries))
        for r, e in enumerate(reversed(entries)):
            kind, _, ref = e.source.partition(" ")
            change = text_cell(qty_text(e.qty, unit, signed=True), right=True)
            if e.qty < 0:
                change.setForeground(QColor(RED))
            for c, item in enumerate((text_cell(e.at[:16].replace("T", " "), tip=e.at), change,
                                      text_cell(self._reason_name(e.reason)),
                                      text_cell(self._source_text(kind, ref, numbers), tip=e.source),
                                      text_cell(self._note_text(e.note), tip=e.note),
                                      text_cell(qty_text(e.level, unit), right=True))):
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
        number = receive_stock(self.service.store, coop_code, lines, notes, clock=self.service.clock)
        self.refresh()
        if lines:
            self.select_sku(lines[0][0].strip().upper())
        self.message.say(self.tr("Goods received: {0} ({1} lines).").format(number, len(lines)), "ok")
        return number

    def adjust(self, sku: str, qty: str, reason: str, note: str = "") -> Decimal:
        """Add a signed adjustment (``"-2"``, ``"+1"``) with a reason from ``ADJUST_REASONS``;
        returns the new level.  Raises ``InventoryError`` (no reason, unknown SKU) or
        ``InvalidQuantity``."""
        level = adjust_stock(self.service.store, sku, qty, reason, note, clock=self.service.clock)
        self.refresh()
        self.select_sku(sku.strip().upper())
        self.message.say(self.tr("{0} adjusted by {1} ({2}); level now {3}.")
                         .format(sku.strip().upper(), qty.strip(), adjust_reason_name(reason), qty_text(level)),
                         "ok")
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

    def open_adjust_dialog(self) -> FormDialog:
        """Show the Adjust dialog for the selected product (or an SKU typed in it)."""
        fields = [Field("sku", self.tr("SKU"), "adjustSkuInput"),
                  Field("qty", self.tr("Change (signed)"), "adjustQtyInput",
                        placeholder=self.tr("-2 (two broken) or +1 (one found)")),
                  Field("reason", self.tr("Reason"), "adjustReasonCombo", CHOICE,
                        choices=((self.tr("— choose a reason —"), ""),
                                 *((adjust_reason_name(r), r) for r in ADJUST_REASONS))),
                  Field("note", self.tr("Note"), "adjustNoteInput")]

        def apply(v: dict) -> None:
            self.adjust(v["sku"], v["qty"], v["reason"] or "", v["note"].strip())

        dialog = FormDialog(self, "adjustDialog", self.tr("Adjust stock"), self.tr("Adjust"),
                            "adjustConfirmButton", fields, apply)
        dialog.editor.set_values({"sku": self.selected_sku() or ""})
        dialog.resize(460, 0)
        dialog.show()
        dialog.widget("qty" if dialog.editor.value("sku") else "sku").setFocus()
        return dialog

    def open_threshold_dialog(self) -> FormDialog | None:
        """Show the threshold dialog for the selected product."""
        sku = self.selected_sku()
        if sku is None:
            self.message.say(self.tr("Select a product first."), "error")
            return None
        row = next(r for r in range(self.stock_table.rowCount()) if self.stock_table.item(r, self.COL_SKU).text() == sku)
        fields = [Field("product", self.tr("Product"), kind=SHOW),
                  Field("threshold", self.tr("Warn at or below"), "thresholdInput",
                        placeholder=self.tr("empty: no warning"))]
        dialog = FormDialog(self, "thresholdDialog", self.tr("Low-stock threshold"), self.tr("Save"),
                            "thresholdConfirmButton", fields, lambda v: self.set_threshold(sku, v["threshold"]))
        dialog.editor.set_values({"product": f"{sku} — {self.stock_table.item(row, self.COL_NAME).text()}",
                                  "threshold": self.stock_table.item(row, self.COL_THRESHOLD).text()})
        dialog.show()
        dialog.widget("threshold").setFocus()
        return dialog


def adjust_reason_name(reason: str) -> str:
    """Translated name of an adjustment reason (``ADJUST_REASONS``); another text as is."""
    names = {"damaged": QCoreApplication.translate("AdjustReasons", "damaged"),
             "spoiled": QCoreApplication.translate("AdjustReasons", "spoiled"),
             "sample": QCoreApplication.translate("AdjustReasons", "sample"),
             "gift": QCoreApplication.translate("AdjustReasons", "gift"),
             "correction": QCoreApplication.translate("AdjustReasons", "correction")}
    return names.get(reason, reason)
