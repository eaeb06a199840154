"""The deliveries screen (Ctrl+D at the till): every delivery order with its status, and what
staff do with them — pack, hand over to the post, mark delivered, take back — and print.

Top: the status filter with the counts (to pack 3 · packed 1 …), the date range and the
search field (name, phone, delivery or tracking number: a scanned waybill finds its parcel).
Middle: the table (number, date, recipient, phone masked, county, channel, status, tracking).
Below: the selected delivery's detail and history.  Keys: F2 pack, F3 hand over, F4
delivered, F5 return, F6 show the personal data (a manager), F7 hand over a batch, F8 the
online shop's orders awaiting payment (issue #18: :mod:`~yarlung_pos.ui.delivery.online`), Ctrl+P
print, Ctrl+F the search field, Esc closes.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout)

from yarlung_pos.domain.delivery import STATUSES
from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import current_language, format_datetime
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.delivery.actions import BatchHandOverDialog, HandOverDialog, PackDialog, ReturnDialog
from yarlung_pos.ui.delivery.common import Note, channel_name, status_name, zone_name
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import WrappingLabel, fit_to_screen

#: how far back the date range starts when the screen opens (days)
DEFAULT_DAYS = 30


class _ScanToSearch(QObject):
    """A scanner typing while the table has the focus: the text goes to the search field;
    ↓ in the search field goes to the table."""

    def __init__(self, window: "DeliveriesWindow"):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress:
            return False
        if obj is self.window.search:
            if event.key() == Qt.Key.Key_Down and self.window.views:
                self.window.table.setFocus()
                if not self.window.table.selectedItems():
                    self.window.table.selectRow(0)
                return True
            return False
        if event.text() and event.text().isprintable() \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.window.search.setFocus()
            self.window.search.setText(event.text())
            return True
        return False


class DeliveriesWindow(QDialog):
    """The deliveries screen on the till's ``service`` (``deliveries``, ``delivery_counts``,
    ``delivery``, ``pack_delivery``, ``hand_over``, ``mark_delivered``, ``return_delivery``,
    the printing methods).  :attr:`views` holds the ``DeliveryView`` rows shown."""

    COLUMNS = 8

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("deliveriesWindow")
        self.setWindowTitle(self.tr("Deliveries"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.service = service
        self.views: list = []
        self.shown = None  # the DeliveryView in the detail (unmasked after "Show personal data")
        tall = int(self.fontMetrics().height() * 1.9)

        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        today = service.clock().date()
        self.date_from = QDateEdit(self._qdate(today - timedelta(days=DEFAULT_DAYS)), objectName="dateFrom")
        self.date_to = QDateEdit(self._qdate(today), objectName="dateTo")
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.search = QLineEdit(objectName="deliverySearch")
        self.search.setPlaceholderText(self.tr("Name, phone, delivery or tracking number (scan the waybill)"))
        self.search.setClearButtonEnabled(True)
        for w in (self.status_filter, self.date_from, self.date_to, self.search):
            w.setMinimumHeight(tall)
        self.counts_label = WrappingLabel(objectName="statusCounts")
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.find_scanned)
        self.status_filter.activated.connect(lambda _i: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self._timer.start())
        self.date_to.dateChanged.connect(lambda _d: self._timer.start())

        self.table = QTableWidget(0, self.COLUMNS, objectName="deliveriesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(tall)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        keys = _ScanToSearch(self)
        self.table.installEventFilter(keys)
        self.search.installEventFilter(keys)
        self.detail = QPlainTextEdit(objectName="deliveryDetail")
        self.detail.setReadOnly(True)
        self.detail.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.message = Note("deliveriesMessage")

        self.buttons: dict[str, QPushButton] = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for name, text, key, slot, row in (
                ("pack", self.tr("Pack (F2)"), "F2", self.pack, row1),
                ("hand_over", self.tr("Hand over… (F3)"), "F3", self.hand_over, row1),
                ("delivered", self.tr("Delivered (F4)"), "F4", self.mark_delivered, row1),
                ("return", self.tr("Came back… (F5)"), "F5", self.return_parcel, row1),
                ("personal", self.tr("Show personal data (F6)"), "F6", self.show_personal, row2),
                ("batch", self.tr("Hand over a batch… (F7)"), "F7", self.batch_hand_over, row2),
                ("online", self.tr("Online orders… (F8)"), "F8", self.online_orders, row2),
                ("print", self.tr("Print… (Ctrl+P)"), "Ctrl+P", None, row2)):
            b = self.buttons[name] = QPushButton(text, objectName=f"{name}Button")
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumHeight(tall)
            if slot is not None:
                b.clicked.connect(lambda _=False, s=slot: s())
                QShortcut(QKeySequence(key), self, activated=slot)
            row.addWidget(b)
        self._build_print_menu()
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.buttons["print"].showMenu)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=lambda: (self.search.setFocus(), self.search.selectAll()))
        close = QPushButton(self.tr("Close (Esc)"), objectName="closeButton")
        close.setAutoDefault(False)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setMinimumHeight(tall)
        close.clicked.connect(self.reject)
        row1.addStretch(1)
        row2.addStretch(1)
        row2.addWidget(close)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.search, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.counts_label)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        lay.addLayout(row1)
        lay.addLayout(row2)
        fit_to_screen(self, 1180, 760)
        self.refresh()
        self.search.setFocus()

    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    @staticmethod
    def _day(q: QDate) -> date:
        return date(q.year(), q.month(), q.day())

    def _build_print_menu(self) -> None:
        menu = self.print_menu = QMenu(self.buttons["print"])
        for text, name, slot in (
                (self.tr("Packing slips (A5 PDF) for the selected"), "slipsSelectedAction",
                 lambda: self.print_documents("slips", "selected")),
                (self.tr("Packing slips (A5 PDF) for everything to pack"), "slipsToPackAction",
                 lambda: self.print_documents("slips", "to_pack")),
                (self.tr("Shipping labels 100 × 150 mm for the selected"), "labels150SelectedAction",
                 lambda: self.print_documents("100x150", "selected")),
                (self.tr("Shipping labels 100 × 150 mm for everything to pack"), "labels150ToPackAction",
                 lambda: self.print_documents("100x150", "to_pack")),
                (self.tr("Shipping labels 100 × 180 mm for the selected"), "labels180SelectedAction",
                 lambda: self.print_documents("100x180", "selected")),
                (self.tr("Shipping labels 100 × 180 mm for everything to pack"), "labels180ToPackAction",
                 lambda: self.print_documents("100x180", "to_pack")),
                (self.tr("Packing slip of the selected on the receipt printer"), "slipReceiptAction",
                 self.print_slip_on_receipt_printer)):
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, s=slot: s())
        self.buttons["print"].setMenu(menu)

    # ------------------------------------------------------------------ list
    def refresh(self, keep: list[str] | None = None) -> None:
        """Read the deliveries again with the filters as they are; the selection (or the
        numbers in ``keep``) stays selected."""
        self._timer.stop()
        keep = self.selected_numbers() if keep is None else keep
        day_from, day_to = self._day(self.date_from.date()), self._day(self.date_to.date())
        status = self.status_filter.currentData()
        try:
            counts = self.service.delivery_counts(date_from=day_from, date_to=day_to)
            self.views = self.service.deliveries(status=status, date_from=day_from, date_to=day_to,
                                                 text=self.search.text().strip(),
                                                 unmasked=self.service.may("delivery_personal"))  # a manager
        except DomainError as exc:
            self.message.say(describe(exc))
            return
        self._fill_status_filter(counts, status)
        self._fill_table(keep)
        waiting = len(self.service.online_orders("awaiting_payment"))
        self.buttons["online"].setText(self.tr("Online orders: {0} awaiting payment… (F8)").format(waiting) if waiting
                                       else self.tr("Online orders… (F8)"))

    def _fill_status_filter(self, counts: dict, status) -> None:
        combo = self.status_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All ({0})").format(sum(counts.values())), None)
        for s in STATUSES:
            combo.addItem("{0} ({1})".format(status_name(s), counts.get(s, 0)), s)
        combo.setCurrentIndex(max(0, combo.findData(status)) if status is not None else 0)
        combo.blockSignals(False)
        self.counts_label.setText("  ·  ".join(f"{status_name(s)} {counts.get(s, 0)}" for s in STATUSES))

    def _fill_table(self, keep: list[str]) -> None:
        t = self.table
        t.blockSignals(True)
        t.clearContents()
        t.setRowCount(len(self.views))
        t.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Date"), self.tr("Recipient"), self.tr("Phone"),
                                     self.tr("County"), self.tr("Ordered"), self.tr("Status"), self.tr("Tracking")])
        t.clearSelection()
        for r, v in enumerate(self.views):
            names = " · ".join(dict.fromkeys(n for n in (v.name, v.name_bo) if n))
            cells = (v.number, format_datetime(v.created_at), names, v.phone, v.address.county, channel_name(v.channel),
                     status_name(v.status), v.tracking or "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.number)
                t.setItem(r, c, item)
            if v.number in keep:
                flags = QItemSelectionModel.SelectionFlag
                t.selectionModel().select(t.model().index(r, 0), flags.Select | flags.Rows)
        t.blockSignals(False)
        if not t.selectedItems() and self.views:
            t.selectRow(0)
        self._show_selected()

    def selected_views(self) -> list:
        """The ``DeliveryView`` of each selected row, in table order."""
        rows = sorted({i.row() for i in self.table.selectedItems()})
        return [self.views[r] for r in rows if r < len(self.views)]

    def selected_numbers(self) -> list[str]:
        """The delivery numbers of the selected rows."""
        return [v.number for v in self.selected_views()]

    def select(self, number: str) -> bool:
        """Select the row of delivery ``number`` alone; False when it is not listed."""
        for r, v in enumerate(self.views):
            if v.number == number:
                self.table.clearSelection()
                self.table.selectRow(r)
                return True
        return False

    def find_scanned(self) -> None:
        """Enter in the search field: a delivery or tracking number typed or scanned whole
        finds its parcel whatever the filters; other text filters the list."""
        text = self.search.text().strip()
        if text:
            try:
                view = self.service.delivery(text)
            except (DomainError, LookupError):
                view = None
            if view is not None:
                self.search.clear()
                self.status_filter.setCurrentIndex(0)
                self.refresh(keep=[view.number])
                if not self.select(view.number):  # outside the date range: shown on its own
                    self.views = [view]
                    self._fill_table([view.number])
                return
        self.refresh()
        if text and not self.views:
            self.message.say(self.tr("No delivery matches {0}.").format(text[:40]))

    # ------------------------------------------------------------------ detail
    def _show_selected(self) -> None:
        views = self.selected_views()
        self.shown = views[0] if len(views) == 1 else None
        self.detail.setPlainText(self.describe_view(self.shown) if self.shown else
                                 self.tr("{0} deliveries selected.").format(len(views)) if views else "")
        status = self.shown.status if self.shown else None
        for name, on in (("pack", status == "to_pack"), ("hand_over", status == "packed"),
                         ("delivered", status == "handed_over"),
                         ("return", status in ("to_pack", "packed", "handed_over")),  # before shipping: cancelled
                         ("personal", self.shown is not None and self.shown.masked)):
            self.buttons[name].setEnabled(on)

    def describe_view(self, v) -> str:
        """The detail of delivery ``v``: recipient, address, order, parcel, goods, history."""
        lang = current_language()
        pick = 1 if lang == "bo" else 2 if lang.startswith("zh") else 3  # items: sku, bo, zh, en, qty, unit
        names = " · ".join(dict.fromkeys(n for n in (v.name, v.name_bo) if n))
        lines = [self.tr("{0} · sale {1} · {2}").format(v.number, v.sale_number, status_name(v.status)),
                 self.tr("Recipient: {0}   Phone: {1}").format(names, v.phone),
                 self.tr("Address: {0}").format("  ".join(v.address.lines())),
                 self.tr("Deliver on: {0}   Ordered: {1} {2}").format(v.requested_date or "—", channel_name(v.channel),
                                                                      v.channel_order or "").rstrip()]
        parcel = [self.tr("postage {0} ({1})").format(format_fen(v.postage_fen or 0), zone_name(v.zone or ""))]
        if v.weight_g:
            parcel.insert(0, self.tr("{0} kg").format(f"{v.weight_g / 1000:g}"))
        if v.tracking:
            parcel.append("{0} {1}".format(v.carrier or "", v.tracking).strip())
        if v.postage_paid_fen is not None:
            parcel.append(self.tr("paid at the post office {0}").format(format_fen(v.postage_paid_fen)))
        lines.append(self.tr("Parcel: {0}").format(", ".join(parcel)))
        if v.note:
            lines.append(self.tr("Note: {0}").format(v.note))
        if v.masked:
            lines.append(self.tr("The phone number and the address are partly hidden (F6 shows them, a manager "
                                 "approves)."))
        lines.append(self.tr("Goods:"))
        for item in v.items:
            name = item[pick] or item[2] or item[0]
            lines.append(f"  {item[4]} {unit_name(item[5])}  {name}  ({item[0]})")
        lines.append(self.tr("History:"))
        for status, at, by in v.history:
            lines.append(f"  {format_datetime(at)}  {status_name(status)}  ({by})")
        return "\n".join(lines)

    # ------------------------------------------------------------------ actions
    def _one(self):
        """The one delivery selected, or ``None`` (and a message)."""
        if self.shown is None:
            self.message.say(self.tr("Select one delivery first (arrow keys)."))
        return self.shown

    def _do(self, action, done_text: str) -> bool:
        """Run ``action()``; show ``done_text`` and read the list again, or the refusal."""
        self.message.clear()
        keep = self.selected_numbers()
        try:
            action()
        except DomainError as exc:
            self.message.say(describe(exc))
            return False
        self.refresh(keep=keep)
        self.message.say(done_text, error=False)
        return True

    def pack(self) -> None:
        """F2: the selected delivery is packed — asking for its waybill's tracking number
        (scanned, or none yet); several selected are packed at once, their waybills given at
        hand-over."""
        views = self.selected_views()
        if not views:
            self.message.say(self.tr("Select a delivery first (arrow keys)."))
            return
        numbers = [v.number for v in views]
        if len(views) == 1:
            self._dialog(PackDialog(self.service, views[0], self),
                         lambda: self.message.say(self.tr("Packed: {0}.").format(numbers[0]), error=False))
            return

        def go():
            for n in numbers:
                self.service.pack_delivery(n)
        self._do(go, self.tr("Packed: {0}.").format(", ".join(numbers)))

    def mark_delivered(self) -> None:
        """F4: the selected delivery reached its recipient."""
        v = self._one()
        if v is not None:
            self._do(lambda: self.service.mark_delivered(v.number), self.tr("{0} delivered.").format(v.number))

    def _dialog(self, dialog, done=None) -> None:
        """Open a small dialog window-modal; afterwards read the list again."""
        self.open_dialog = dialog

        def finished(result: int) -> None:
            self.open_dialog = None
            dialog.deleteLater()
            self.refresh()
            if done is not None and result == QDialog.DialogCode.Accepted:
                done()
            self.activateWindow()
            self.search.setFocus()
        dialog.finished.connect(finished)
        dialog.open()

    open_dialog = None

    def hand_over(self) -> None:
        """F3: the selected packed parcel goes to the post (tracking number, carrier …)."""
        v = self._one()
        if v is not None:
            self._dialog(HandOverDialog(self.service, v, self),
                         lambda: self.message.say(self.tr("{0} handed over.").format(v.number), error=False))

    def return_parcel(self) -> None:
        """F5: the selected parcel came back (a refund of its sale, a manager approves)."""
        v = self._one()
        if v is None:
            return
        dialog = ReturnDialog(self.service, v, self)
        dialog.returned.connect(lambda refund: self.message.say(self.tr("{0} taken back: refund {1}, {2} back.").format(
            v.number, refund.number, format_fen(-refund.total_fen)), error=False))
        self._dialog(dialog)

    def online_orders(self) -> None:
        """F8: the online shop's orders awaiting payment (confirm the payment, or cancel)."""
        from yarlung_pos.ui.delivery.online import OnlineOrdersDialog
        self._dialog(OnlineOrdersDialog(self.service, self))

    def batch_hand_over(self) -> None:
        """F7: hand over parcels one after another by scanning them."""
        self._dialog(BatchHandOverDialog(self.service, parent=self))

    def show_personal(self) -> None:
        """F6: the selected delivery's phone and address in full (a manager, or their
        approval; the service decides)."""
        from yarlung_pos.ui.approval import ApprovalDialog
        v = self._one()
        if v is None:
            return

        def go(approval=None) -> None:
            try:
                full = self.service.delivery(v.number, unmasked=True, approval=approval)
            except DomainError as exc:
                self.message.say(describe(exc))
                return
            self.shown = full
            self.detail.setPlainText(self.describe_view(full))
            self.buttons["personal"].setEnabled(False)
        if self.service.may("delivery_personal"):
            go()
            return
        dialog = ApprovalDialog(self.service, self.tr("Show the phone number and address of {0}.").format(v.number),
                                "delivery_personal", self)
        self.open_dialog = dialog

        def finished(result: int) -> None:
            self.open_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.approval is not None:
                go(dialog.approval)
            self.activateWindow()
            self.search.setFocus()
        dialog.finished.connect(finished)
        dialog.open()

    # ------------------------------------------------------------------ printing
    def print_documents(self, kind: str, which: str, path: str | Path | None = None) -> int:
        """Packing slips (``kind`` ``slips``) or shipping labels (``100x150``, ``100x180``) of
        the selected deliveries (``which`` ``selected``) or of everything to pack
        (``to_pack``) into a PDF at ``path`` — asked for when ``None``, and then offered to
        open.  Returns the number of pages (0 when nothing was printed)."""
        self.message.clear()
        if which == "selected":
            numbers = self.selected_numbers()
        else:
            try:
                numbers = [v.number for v in self.service.deliveries(status="to_pack")]
            except DomainError as exc:
                self.message.say(describe(exc))
                return 0
        if not numbers:
            self.message.say(self.tr("There is nothing to print: select deliveries, or there is nothing to pack."))
            return 0
        ask = path is None
        if ask:
            stem = "packing-slips" if kind == "slips" else f"shipping-labels-{kind}"
            suggested = str(Path.home() / f"{stem}-{self.service.clock():%Y%m%d-%H%M}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), suggested,
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return 0
        try:
            if kind == "slips":
                pages = self.service.print_packing_slips(numbers, path)
            else:
                pages = self.service.print_shipping_labels(numbers, kind, path)
        except (DomainError, OSError) as exc:
            self.message.say(describe(exc))
            return 0
        self.message.say(self.tr("Saved {0} ({1} pages).").format(path, pages), error=False)
        if ask:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("PDF saved"),
                              self.tr("Saved {0}. Open it now to print it?").format(path),
                              QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
            if box.exec() == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return pages

    def print_slip_on_receipt_printer(self) -> None:
        """The selected delivery's packing slip on the receipt printer."""
        v = self._one()
        if v is not None:
            self._do(lambda: self.service.print_packing_slip_receipt(v.number),
                     self.tr("Printing the packing slip of {0}.").format(v.number))
