"""The deliveries screen's small dialogs: handing a parcel over to the post (tracking number,
carrier, weight, postage paid), taking a parcel back (restock or write off, with a manager's
approval) and handing over a batch of parcels by scanning."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QRadioButton, QVBoxLayout)

from yarlung_pos.domain import delivery as rules
from yarlung_pos.domain.model import DomainError
from yarlung_pos.domain.money import InvalidAmount, parse_yuan
from yarlung_pos.ui.backoffice.approving import ActionApprovalBox
from yarlung_pos.ui.delivery.common import EnterMovesOn, Note, error_field
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import WrappingLabel, grow_to_fit

#: a delivery number in what a scanner typed (the parcel's QR may carry it in an address)
DELIVERY_NUMBER = re.compile(r"D-[A-Z0-9]+-\d{6}")


def _buttons(dialog: QDialog, cancel_text: str, ok_text: str, ok_name: str, ok) -> QHBoxLayout:
    """The dialog's Cancel (Esc) button and its action button (``ok_text``, ``ok_name``,
    clicked: ``ok()``), neither taking focus from the fields."""
    row = QHBoxLayout()
    cancel = QPushButton(cancel_text, objectName="cancelButton")
    cancel.clicked.connect(dialog.reject)
    go = QPushButton(ok_text, objectName=ok_name)
    go.clicked.connect(ok)
    for b in (cancel, go):
        b.setAutoDefault(False)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    row.addWidget(cancel)
    row.addStretch(1)
    row.addWidget(go)
    return row


class PackDialog(QDialog):
    """Pack delivery ``view``: the tracking number of the waybill it goes under, when the post
    office gave the hall one in advance (``packTrackingInput``, scanned; empty: given at
    hand-over), so the shipping label carries its barcode.  Enter packs; a refusal shows
    under the field with what was typed kept."""

    def __init__(self, service, view, parent=None):
        super().__init__(parent)
        self.setObjectName("packDialog")
        self.setWindowTitle(self.tr("Pack {0}").format(view.number))
        self.service, self.view = service, view
        self.tracking = QLineEdit(objectName="packTrackingInput")
        self.tracking.setPlaceholderText(self.tr("scan the waybill's barcode, or leave empty"))
        self.tracking.setMinimumHeight(int(self.fontMetrics().height() * 1.9))
        self.tracking.returnPressed.connect(self.go)
        self.error = Note("packTrackingError")
        label = QLabel(self.tr("Waybill (tracking number)"))
        label.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        col = QVBoxLayout()
        col.addWidget(self.tracking)
        col.addWidget(self.error)
        form.addRow(label, col)
        lay = QVBoxLayout(self)
        lay.addWidget(WrappingLabel("{0} · {1} · {2}".format(view.number, view.name, view.address.county)))
        lay.addLayout(form)
        lay.addLayout(_buttons(self, self.tr("Cancel (Esc)"), self.tr("Packed (Enter)"), "packOkButton", self.go))
        self.resize(520, 200)
        self.tracking.setFocus()

    def go(self) -> bool:
        """Pack the parcel; True (and the dialog closes) when the service took it."""
        self.error.clear()
        try:
            self.service.pack_delivery(self.view.number, self.tracking.text() or None)
        except DomainError as exc:
            self.error.say(describe(exc))
            self.tracking.selectAll()
            self.tracking.setFocus()
            grow_to_fit(self)
            return False
        self.accept()
        return True


class HandOverDialog(QDialog):
    """Hand delivery ``view`` (a ``DeliveryView``) over to the post: the tracking number
    (``trackingInput``, scanned from the waybill), the carrier (``carrierCombo``, any name),
    the parcel's weight in kg and the postage paid at the post office in ￥ (both optional).
    OK calls ``service.hand_over``; a refusal is shown under its field, nothing typed lost."""

    def __init__(self, service, view, parent=None):
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(self.tr("Hand over {0}").format(view.number))
        self.service, self.view = service, view
        self.tracking = QLineEdit(objectName="trackingInput")
        self.tracking.setPlaceholderText(self.tr("scan the waybill's barcode"))
        self.carrier = QComboBox(objectName="carrierCombo")
        self.carrier.setEditable(True)
        names = {"China Post": self.tr("China Post"), "EMS": self.tr("EMS")}  # shown translated, stored as the code
        for code in rules.CARRIERS:
            self.carrier.addItem(names.get(code, code), code)
        self.carrier.setEditText(names.get(view.carrier or rules.CARRIERS[0], view.carrier or rules.CARRIERS[0]))
        if view.tracking:  # the waybill given at packing: scanning it again confirms the parcel
            self.tracking.setText(view.tracking)
        self.weight = QLineEdit(objectName="handOverWeight")
        if view.weight_g:
            self.weight.setText(f"{view.weight_g / 1000:g}")
        self.postage = QLineEdit(objectName="postagePaidInput")
        self.postage.setPlaceholderText(self.tr("optional, e.g. 12.00"))
        self.errors = {k: Note(f"{k}Error") for k in ("tracking", "carrier", "weight", "postage")}
        self.message = Note("handOverMessage")
        tall = int(self.fontMetrics().height() * 1.9)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field, key in ((self.tr("Tracking number"), self.tracking, "tracking"),
                                 (self.tr("Carrier"), self.carrier, "carrier"),
                                 (self.tr("Parcel weight (kg)"), self.weight, "weight"),
                                 (self.tr("Postage paid"), self.postage, "postage")):
            field.setMinimumHeight(tall)
            col = QVBoxLayout()
            col.setSpacing(2)
            col.addWidget(field)
            col.addWidget(self.errors[key])
            label = QLabel(text)
            label.setWordWrap(True)
            form.addRow(label, col)
        lay = QVBoxLayout(self)
        lay.addWidget(WrappingLabel("{0} · {1} · {2}".format(view.number, view.name, view.address.county)))
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addLayout(_buttons(self, self.tr("Cancel (Esc)"), self.tr("Handed over (Enter)"), "handOverOkButton",
                               self.go))
        enter = EnterMovesOn(self, self.go, last=self.postage)
        for w in (self.tracking, self.carrier, self.carrier.lineEdit(), self.weight, self.postage):
            w.installEventFilter(enter)
        self.resize(560, 320)
        self.tracking.setFocus()

    def carrier_code(self) -> str:
        """The carrier chosen (its code, ``China Post``…) or typed (as typed)."""
        text = self.carrier.currentText().strip()
        index = self.carrier.findText(text)
        return self.carrier.itemData(index) if index >= 0 else text

    def go(self) -> bool:
        """Hand the parcel over; True (and the dialog closes) when the service took it."""
        for note in (*self.errors.values(), self.message):
            note.clear()
        postage = None
        if self.postage.text().strip():
            try:
                postage = parse_yuan(self.postage.text())
            except InvalidAmount:
                self.errors["postage"].say(self.tr("Not an amount: {0} (type yuan, e.g. 12.50)").format(
                    self.postage.text().strip()[:20]))
                self.postage.setFocus()
                grow_to_fit(self)
                return False
        try:
            weight = rules.parse_weight_g(self.weight.text())
            self.service.hand_over(self.view.number, self.tracking.text(), carrier=self.carrier_code(),
                                   weight_g=weight, postage_paid_fen=postage)
        except DomainError as exc:
            key = error_field(exc)
            (self.errors.get(key) or self.message).say(describe(exc))
            {"weight": self.weight, "carrier": self.carrier}.get(key, self.tracking).setFocus()
            self.tracking.selectAll()
            grow_to_fit(self)
            return False
        self.accept()
        return True


class ReturnDialog(QDialog):
    """A parcel came back: put the goods back on the shelf (``restockChoice``) or write them
    off (``writeOffChoice``); the money goes back as a refund of the delivery's sale, which
    needs a manager (the approval box; a manager signed in approves their own).  OK calls
    ``service.return_delivery``; ``returned(refund)`` fires with the ``CompletedRefund``."""

    returned = Signal(object)

    def __init__(self, service, view, parent=None):
        super().__init__(parent)
        self.setObjectName("returnDeliveryDialog")
        self.setWindowTitle(self.tr("Return {0}").format(view.number))
        self.service, self.view = service, view
        self.restock = QRadioButton(self.tr("Put the goods back on the shelf"), objectName="restockChoice")
        self.write_off = QRadioButton(self.tr("Write the goods off (damaged or lost)"), objectName="writeOffChoice")
        self.restock.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.restock)
        group.addButton(self.write_off)
        self.box = ActionApprovalBox(service, "refund", self)
        self.message = Note("returnMessage")
        lay = QVBoxLayout(self)
        lay.addWidget(WrappingLabel(self.tr("The parcel {0} for {1} came back. The sale {2} is refunded.").format(
            view.number, view.name, view.sale_number)))
        lay.addWidget(self.restock)
        lay.addWidget(self.write_off)
        lay.addWidget(self.box)
        lay.addWidget(self.message)
        lay.addLayout(_buttons(self, self.tr("Cancel (Esc)"), self.tr("Take the parcel back (Enter)"),
                               "returnOkButton", self.go))
        self.findChild(QPushButton, "returnOkButton").setDefault(True)  # Enter in the PIN or on a choice
        self.resize(560, 360)
        (self.box.pin if self.box.isVisible() else self.restock).setFocus()

    def go(self) -> bool:
        """Take the parcel back; True (and the dialog closes) when the service did."""
        self.message.clear()
        go, approval = self.box.collect()
        if not go:
            grow_to_fit(self)
            return False
        try:
            refund = self.service.return_delivery(self.view.number, restock=self.restock.isChecked(),
                                                  approval=approval)
        except DomainError as exc:
            self.message.say(describe(exc))
            self.box.pin.clear()
            grow_to_fit(self)
            return False
        self.returned.emit(refund)
        self.accept()
        return True


class BatchHandOverDialog(QDialog):
    """Hand parcels over one after another by scanning: the parcel's QR code (its delivery
    number), then the waybill's barcode (the tracking number) — handed over, next.  The scan
    field (``batchScanInput``) keeps the focus; what went wrong (an unknown number, a wrong
    check digit, a parcel not packed yet) is shown and the parcel may be scanned again.
    ``carrier``: the carrier the parcels go with.  :attr:`handed` lists ``(number, tracking)``."""

    handed_over = Signal(str, str)

    def __init__(self, service, carrier: str = rules.CARRIERS[0], parent=None):
        super().__init__(parent)
        self.setObjectName("batchHandOverDialog")
        self.setWindowTitle(self.tr("Hand over a batch"))
        self.service, self.carrier = service, carrier
        self.current = None  # the DeliveryView scanned, waiting for its tracking number
        self.handed: list[tuple[str, str]] = []
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.step = WrappingLabel(objectName="batchStep")
        self.step.setFont(big)
        self.scan = QLineEdit(objectName="batchScanInput")
        self.scan.setFont(big)
        self.scan.setMinimumHeight(int(self.scan.fontMetrics().height() * 1.9))
        self.scan.returnPressed.connect(self.take_scan)
        self.message = Note("batchMessage")
        self.list = QListWidget(objectName="batchDoneList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.count = QLabel(objectName="batchCount")
        close = QPushButton(self.tr("Finish (Esc)"), objectName="batchFinishButton")
        close.setAutoDefault(False)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.step)
        lay.addWidget(self.scan)
        lay.addWidget(self.message)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        self._show_step()
        self.resize(640, 460)
        self.scan.setFocus()

    def _show_step(self) -> None:
        if self.current is None:
            self.step.setText(self.tr("Scan the QR code on the parcel's packing slip."))
        else:
            self.step.setText(self.tr("{0} for {1}: now scan the waybill's barcode.").format(
                self.current.number, self.current.name))
        self.count.setText(self.tr("Handed over: {0}").format(len(self.handed)))

    def take_scan(self, text: str | None = None) -> None:
        """One scan (``text``, or what the scan field holds): a delivery number first, then
        its tracking number; the field is cleared and keeps the focus."""
        text = (self.scan.text() if text is None else text).strip()
        self.scan.clear()
        self.scan.setFocus()
        if not text:
            return
        self.message.clear()
        found = DELIVERY_NUMBER.search(text.upper())
        if found is not None:  # a parcel's QR: (another) parcel
            try:
                self.current = self.service.delivery(found.group(0))
            except (DomainError, LookupError) as exc:
                self.current = None
                self.message.say(describe(exc) if isinstance(exc, DomainError) else
                                 self.tr("There is no delivery {0}.").format(found.group(0)))
            self._show_step()
            return
        if self.current is None:
            self.message.say(self.tr("{0} is not a parcel's QR code: scan the packing slip's QR code first.").format(
                text[:40]))
            return
        number = self.current.number
        try:
            self.service.hand_over(number, text, carrier=self.carrier)
        except DomainError as exc:
            self.message.say(describe(exc))
            return
        tracking = re.sub(r"\s", "", text).upper()
        self.handed.append((number, tracking))
        self.list.insertItem(0, f"{number}  →  {tracking}  ({self.current.name})")
        self.message.say(self.tr("{0} handed over with {1}.").format(number, tracking), error=False)
        self.current = None
        self._show_step()
        self.handed_over.emit(number, tracking)
