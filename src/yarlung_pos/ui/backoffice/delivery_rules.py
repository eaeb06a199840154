"""The Delivery tab: the postage table (weight bands × zones, in ￥), how many days a
recipient's phone and address are kept after delivery, whether a returned parcel's postage
is refunded, and the hall's address and phone printed as the sender on shipping labels.
Saving goes through :meth:`TillService.save_delivery_rules`, which decides who may (a manager,
or their approval) and audits each change; a bad value is shown in words, nothing typed lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from yarlung_pos.domain import delivery as rules
from yarlung_pos.domain.model import DomainError
from yarlung_pos.domain.money import InvalidAmount, format_fen, parse_yuan
from yarlung_pos.ui.backoffice.approving import ActionApprovalBox
from yarlung_pos.ui.backoffice.common import GREY, Message
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import WrappingLabel


def zone_name(zone: str) -> str:
    """A postage zone as the screen says it ("in Shannan"; ui.delivery imports the back office,
    so not from there)."""
    return QCoreApplication.translate("DomainError", rules.ZONE_NAMES.get(zone, zone))


class DeliveryRulesTab(QWidget):
    """``postageTable`` (a row per weight band: up to kg, then ￥ per zone; the last row the
    price of each further step), ``eraseDaysInput``, ``returnPostageCombo``,
    ``senderAddressInput``, ``senderPhoneInput``, the approval box and ``saveDeliveryButton``.
    :meth:`save` does what the button does."""

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("deliveryTab")
        self.service = service
        self.intro = WrappingLabel(objectName="deliveryIntro")  # keeps its wrapped height in the scroll area
        self.intro.setStyleSheet(f"color: {GREY};")
        self.table = QTableWidget(0, 1 + len(rules.ZONES), objectName="postageTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)  # every zone's whole name in its heading
        self.table.setMinimumHeight(int(self.fontMetrics().height() * 6))
        self.table.setMinimumWidth(int(self.fontMetrics().averageCharWidth() * 52))
        self.add_button = QPushButton(objectName="addBandButton")
        self.add_button.clicked.connect(self.add_band)
        self.remove_button = QPushButton(objectName="removeBandButton")
        self.remove_button.clicked.connect(self.remove_band)
        self.erase_days = QSpinBox(objectName="eraseDaysInput", minimum=1, maximum=3650)
        self.return_postage = QComboBox(objectName="returnPostageCombo")
        self.address = QLineEdit(objectName="senderAddressInput")
        self.address.setMaxLength(120)
        self.phone = QLineEdit(objectName="senderPhoneInput")
        self.phone.setMaxLength(20)
        self.box = ActionApprovalBox(service, "settings")
        self.message = Message("deliveryMessage")
        self.save_button = QPushButton(objectName="saveDeliveryButton")
        self.save_button.clicked.connect(self._on_save)
        self.revert_button = QPushButton(objectName="revertDeliveryButton")
        self.revert_button.clicked.connect(self.refresh)
        self.postage_group = QGroupBox()
        pg = QVBoxLayout(self.postage_group)
        pg.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        pg.addLayout(row)
        self.rules_group = QGroupBox()
        self.form = QFormLayout(self.rules_group)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # each field the group's whole width
        self.labels = [QLabel(wordWrap=True) for _ in range(4)]
        for label, field in zip(self.labels, (self.erase_days, self.return_postage, self.address, self.phone)):
            field.setMinimumHeight(int(self.fontMetrics().height() * 1.9))
            self.form.addRow(label, field)
        left = QVBoxLayout()  # the table and the approval | the rules: both columns about as high
        left.addWidget(self.postage_group, 1)
        left.addWidget(self.box)
        side = QVBoxLayout()
        side.addWidget(self.rules_group)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(side, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(middle)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Every text again in the current language, what is typed kept."""
        self.intro.setText(self.tr("Postage is charged on a delivery's sale by the parcel's weight and where it goes. "
                                   "Changing these rules needs a manager; every change is in the audit log."))
        self.postage_group.setTitle(self.tr("Postage (￥)"))
        self.rules_group.setTitle(self.tr("Recipients and sender"))
        self.table.setHorizontalHeaderLabels([self.tr("Up to (kg)")] + [zone_name(z) for z in rules.ZONES])
        self.add_button.setText(self.tr("Add a weight band"))
        self.remove_button.setText(self.tr("Remove the selected band"))
        for label, text in zip(self.labels, (self.tr("Erase phone and address after (days)"),
                                             self.tr("Postage of a returned parcel"),
                                             self.tr("Sender's address (Chinese)"), self.tr("Sender's phone"))):
            label.setText(text)
        keep = self.return_postage.currentData()
        self.return_postage.clear()
        self.return_postage.addItem(self.tr("kept (the post office was paid)"), "keep")
        self.return_postage.addItem(self.tr("refunded to the customer"), "refund")
        self.return_postage.setCurrentIndex(max(0, self.return_postage.findData(keep)))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        self._label_step_row()

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label_step_row(self) -> None:
        n = self.table.rowCount()
        labels = [str(i + 1) for i in range(max(0, n - 1))] + ([self.tr("each further")] if n else [])
        self.table.setVerticalHeaderLabels(labels)

    # ------------------------------------------------------------------ values
    def refresh(self) -> None:
        """Show the stored rules (what is typed and not saved goes)."""
        stored = self.service.delivery_rules()
        table: rules.PostageTable = stored["postage"]
        self.table.setRowCount(0)
        for grams, prices in table.bands:
            self._add_row(f"{grams / 1000:g}", [prices[z] for z in rules.ZONES])
        self._add_row(f"{table.step_g / 1000:g}", [table.step_fen.get(z, 0) for z in rules.ZONES])
        self.erase_days.setValue(stored["erase_days"])
        self.return_postage.setCurrentIndex(max(0, self.return_postage.findData(stored["return_postage"])))
        self.address.setText(stored["sender"].address_zh)
        self.phone.setText(stored["sender"].phone)
        self.message.clear()

    def _add_row(self, kg: str, fens: list[int], at: int | None = None) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(kg))
        for col, fen in enumerate(fens, start=1):
            self.table.setItem(row, col, QTableWidgetItem(format_fen(fen, sign=False, group=False)))
        self._label_step_row()

    def add_band(self) -> None:
        """A new weight band before the "each further" row, priced like the last band."""
        last = max(0, self.table.rowCount() - 2)
        texts = [self.table.item(last, c).text() if self.table.item(last, c) else "" for c in range(1, 5)]
        self.table.insertRow(self.table.rowCount() - 1)
        new = self.table.rowCount() - 2
        self.table.setItem(new, 0, QTableWidgetItem(""))
        for col, text in enumerate(texts, start=1):
            self.table.setItem(new, col, QTableWidgetItem(text))
        self._label_step_row()
        self.table.setCurrentCell(new, 0)

    def remove_band(self) -> None:
        """Remove the selected band (never the last band nor the "each further" row)."""
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount() - 1 and self.table.rowCount() > 2:
            self.table.removeRow(row)
            self._label_step_row()

    def table_typed(self) -> rules.PostageTable:
        """The postage table as typed; raises ``DeliveryError`` naming the first bad cell."""
        rows = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text() if self.table.item(r, c) else "").strip() for c in range(5)]
            grams = rules.parse_weight_g(cells[0]) if cells[0] else None
            if grams is None:
                raise rules.DeliveryError(rules.QT_TRANSLATE_NOOP("DomainError", "row {row}: give the weight in kg"),
                                          row=r + 1)
            try:
                fens = [parse_yuan(x) for x in cells[1:]]
            except InvalidAmount:
                raise rules.DeliveryError(rules.QT_TRANSLATE_NOOP(
                    "DomainError", "row {row}: a price is not an amount in yuan"), row=r + 1) from None
            rows.append((grams, dict(zip(rules.ZONES, fens))))
        import json
        *bands, (step_g, step) = rows
        return rules.PostageTable.from_json(json.dumps({"bands": [[g, p] for g, p in bands], "step_g": step_g,
                                                        "step_fen": step}))

    def save(self, approval=None) -> None:
        """Save everything as typed with ``approval`` (``None``: the signed-in user's own
        authority); raises ``DeliveryError`` or ``ApprovalRequired`` (shown, nothing lost)."""
        try:
            self.service.save_delivery_rules(self.table_typed(), self.erase_days.value(),
                                             self.return_postage.currentData(), self.address.text(), self.phone.text(),
                                             approval)
        except DomainError as exc:
            self.message.say(describe(exc), "error")
            raise
        self.refresh()
        self.message.say(self.tr("Delivery rules saved."), "ok")

    def _on_save(self) -> None:
        go, approval = self.box.collect()
        if not go:
            self.message.clear()
            return
        try:
            self.save(approval)
        except DomainError:
            self.box.pin.clear()
