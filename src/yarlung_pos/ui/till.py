"""The till window: scan, search or tap products into the sale, pay, see change and receipt.

Keyboard (the scan field keeps focus):
  scan / type + Enter   add by EAN-13, SKU or label URL (``…/p/<SKU>``); an exact code always
                        wins; otherwise the highlighted match, or the best-ranked one (names in
                        three scripts, pinyin and its initials, Wylie); scanner-like input (a URL,
                        8+ digits) never falls back to search
  ↓ / ↑                 move in the search matches (or, with none shown, in the cart)
  + / -                 one more / one less of the selected line (empty scan field)
  * then a number       set the selected line's quantity, e.g. ``*0.735`` Enter for kg
  Delete                remove the selected line (empty scan field)
  F12                   pay
  F6                    open the cash drawer without a sale (manager)
  F7 / Shift+F7         discount or price override on the selected line / the whole sale
  F8                    park the sale; with an empty sale, list parked sales (Enter recalls)
  F9                    refund against a sale (scan its receipt QR or type its number)
  Ctrl+Delete           cancel the whole sale (logged)
  Ctrl+Shift+L          lock the till (it also locks itself after the idle time)
  Esc                   close the search matches / clear the scan field
"""

from __future__ import annotations

import re
import time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame, QMenu, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QPushButton, QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget)

from yarlung_pos.domain.hall import HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.domain.model import Cart, DomainError, Product
from yarlung_pos.i18n import format_datetime
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.domain.scan import looks_like_code
from yarlung_pos.services.sales import CompletedSale
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.cart_model import CartTableModel, qty_text, unit_name
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.payment_dialog import PaymentDialog
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TouchButton, TwoLineDelegate

GRID_LIMIT = 120  # product buttons per category page; search finds the rest
SEARCH_DELAY_MS = 150  # scanners type a whole code well within this; people pause longer
_TRAILING_CODE = re.compile(r"((?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)\S+|\d{8,})$")


def _short(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` characters for echoing in a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ScanKeys(QObject):
    """Event filter giving the scan field the till's keys."""

    def __init__(self, till: "TillWindow"):
        super().__init__(till)
        self.till = till

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress:
            return self.till.handle_scan_key(event)
        return False


class _ActivityFilter(QObject):
    """Application-wide event filter: keys, clicks and wheel turns reset the idle clock."""

    _KINDS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin)

    def __init__(self, till: "TillWindow"):
        super().__init__(till)
        self.till = till

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() in self._KINDS:
            self.till._last_activity = time.monotonic()
        return False


class TillWindow(QMainWindow):
    """Main window of the counter.  ``sale_completed`` fires with the :class:`CompletedSale`."""

    sale_completed = Signal(object)
    #: (QueueState, error or None) from the print worker thread
    print_status_changed = Signal(object, object)
    #: SyncStatus from the sync worker thread
    sync_status_changed = Signal(object)

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("tillWindow")
        self.service = service
        self.cart = Cart()
        self.last_sale: CompletedSale | None = None
        self.payment_dialog: PaymentDialog | None = None
        #: payments taken for the open sale but not yet completing it (kept across Esc)
        self.pending_tenders: list = []
        self._chosen_for: str | None = None  # scan-field text when a match was arrowed to
        self.confirm_close = True  # ask before discarding an open sale (tests switch it off)
        self._terminal = service.terminal_code()
        self._translatable: list = []  # (setter, text function): re-run on a language change
        self._i18n(self.setWindowTitle, lambda: self.tr("Yarlung POS — till {0}").format(self._terminal))

        base = self.font()
        big = base.__class__(base)
        big.setPointSizeF(base.pointSizeF() * 1.5)
        huge = base.__class__(base)
        huge.setPointSizeF(base.pointSizeF() * 2.6)
        huge.setBold(True)

        # --- header ---
        header = QLabel(f"{HALL_NAME_BO}  ·  {HALL_NAME_ZH}  ·  {HALL_NAME_EN}", objectName="hallName")
        header.setFont(big)
        header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        header.setToolTip(f"{HALL_NAME_BO} · {HALL_NAME_ZH} · {HALL_NAME_EN}")
        self.cashier_label = QLabel(objectName="cashierLabel")

        # --- scan field and search matches ---
        self.scan_input = QLineEdit(objectName="scanInput")
        self.scan_input.setFont(big)
        self._i18n(self.scan_input.setPlaceholderText,
                   lambda: self.tr("Scan a barcode or QR label, or type to search (F12 to pay)"))
        self.scan_input.setClearButtonEnabled(True)
        # room for Tibetan stacks, which stand taller than the Latin font's line
        self.scan_input.setMinimumHeight(int(self.scan_input.fontMetrics().height() * 1.9))
        self.scan_input.installEventFilter(_ScanKeys(self))
        self.scan_input.textEdited.connect(self._on_text_edited)
        self.suggestions = QListWidget(objectName="searchResults")
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestions.setMaximumHeight(260)
        self.suggestions.setVisible(False)
        self.suggestions.setItemDelegate(TwoLineDelegate(self.suggestions))
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.itemClicked.connect(lambda item: self._add_suggestion(item))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

        # --- cart ---
        self.cart_model = CartTableModel(self.cart, self)
        self.cart_table = QTableView(objectName="cartTable")
        self.cart_table.setModel(self.cart_model)
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cart_table.setWordWrap(True)
        self.cart_table.verticalHeader().setVisible(False)
        self.cart_table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * 2.6))
        self.cart_table.setItemDelegateForColumn(0, TwoLineDelegate(self.cart_table))
        hh = self.cart_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.cart_table.clicked.connect(lambda idx: self.scan_input.setFocus())

        self.message_label = QLabel(objectName="messageLabel")
        self.message_label.setWordWrap(True)
        # long unbroken text (a pasted URL, a long name) must never widen the window
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message_label.setFont(big)
        self.total_label = QLabel(objectName="totalLabel")
        self.total_label.setFont(huge)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.paid_label = QLabel(objectName="paidLabel")
        self.paid_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.discount_label = QLabel(objectName="discountLabel")
        self.discount_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pay_button = QPushButton(objectName="payButton")
        self._i18n(self.pay_button.setText, lambda: self.tr("Pay (F12)"))
        self.pay_button.setFont(huge)
        self.pay_button.setMinimumHeight(72)
        self.pay_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pay_button.clicked.connect(self.open_payment)
        self.remove_button = QPushButton(objectName="removeLineButton")
        self._i18n(self.remove_button.setText, lambda: self.tr("Remove line (Del)"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_selected)
        self.minus_button = QPushButton("-1", objectName="minusButton")
        self.plus_button = QPushButton("+1", objectName="plusButton")
        for b, d in ((self.minus_button, -1), (self.plus_button, 1)):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumSize(64, 48)
            b.clicked.connect(lambda _=False, d=d: self.step_selected(d))

        left = QVBoxLayout()
        left.addWidget(self.scan_input)
        left.addWidget(self.suggestions)
        left.addWidget(self.cart_table, 1)
        left.addWidget(self.message_label)
        row = QHBoxLayout()
        row.addWidget(self.minus_button)
        row.addWidget(self.plus_button)
        row.addWidget(self.remove_button)
        self.discount_button = QPushButton(objectName="discountButton")
        self._i18n(self.discount_button.setText, lambda: self.tr("Discount (F7)"))
        self.park_button = QPushButton(objectName="parkButton")
        self._i18n(self.park_button.setText, lambda: self.tr("Park (F8)"))
        self.cancel_button = QPushButton(objectName="cancelSaleButton")
        self._i18n(self.cancel_button.setText, lambda: self.tr("Cancel sale"))
        for b, slot in ((self.discount_button, lambda: self.discount_selected()),
                        (self.park_button, self.park_or_list), (self.cancel_button, self.cancel_sale)):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumHeight(48)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        left.addLayout(row)
        # the total and the Pay button side by side: the cart keeps its room in every script
        totals = QVBoxLayout()
        totals.addWidget(self.total_label)
        totals.addWidget(self.discount_label)
        totals.addWidget(self.paid_label)
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.pay_button, 2)
        pay_row.addLayout(totals, 3)
        left.addLayout(pay_row)
        left_w = QWidget()
        left_w.setLayout(left)

        # --- right: category grid and last sale ---
        self.category_bar = QGridLayout()
        self.category_bar.setSpacing(4)
        self.category_stack = QStackedWidget(objectName="categoryPages")
        self._build_category_grid()
        categories = QVBoxLayout()
        categories.setContentsMargins(0, 0, 0, 0)
        categories.addLayout(self.category_bar)
        categories.addWidget(self.category_stack, 1)
        categories_w = QWidget(objectName="categoryGrid")
        categories_w.setLayout(categories)
        self.sale_number_label = QLabel(objectName="saleNumberLabel")
        self.sale_number_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sale_number_label.setFont(big)
        self.change_label = QLabel(objectName="changeLabel")
        self.change_label.setFont(huge)
        self.receipt_view = QLabel(self.tr("The last sale's receipt appears here."), objectName="receiptPreview")
        self._i18n(lambda text: self.receipt_view.pixmap().isNull() and self.receipt_view.setText(text),
                   lambda: self.tr("The last sale's receipt appears here."))
        self.receipt_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        receipt_scroll = self.receipt_scroll = QScrollArea(objectName="receiptScroll")
        receipt_scroll.setWidget(self.receipt_view)
        receipt_scroll.setWidgetResizable(True)
        receipt_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        receipt_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        last = QVBoxLayout()
        last.addWidget(self.sale_number_label)
        last.addWidget(self.change_label)
        last.addWidget(receipt_scroll, 1)
        last_w = QFrame(objectName="lastSalePanel")
        last_w.setFrameShape(QFrame.Shape.StyledPanel)
        last_w.setLayout(last)
        back = QPushButton(objectName="showProductsButton")
        self._i18n(back.setText, lambda: self.tr("Products"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.setMinimumHeight(44)
        back.clicked.connect(lambda: self.right_stack.setCurrentIndex(0))
        last.insertWidget(0, back)
        # the right side shows the touch grid while selling and the receipt after a sale
        right = self.right_stack = QStackedWidget(objectName="rightPanel")
        right.addWidget(categories_w)
        right.addWidget(last_w)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_w)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([740, 520])

        self.reprint_button = QPushButton(objectName="reprintButton")

        self._i18n(self.reprint_button.setText, lambda: self.tr("Reprint (Ctrl+P)"))
        self.reprint_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._i18n(self.reprint_button.setToolTip, lambda: self.tr("Print a copy of the last sale's receipt"))
        self.reprint_button.clicked.connect(self.reprint_last)
        self.labels_button = QPushButton(objectName="labelsButton")
        self._i18n(self.labels_button.setText, lambda: self.tr("Labels (Ctrl+L)"))
        self.labels_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.labels_button.clicked.connect(self.open_labels)
        self.backoffice_button = QPushButton(objectName="backOfficeButton")
        self._i18n(self.backoffice_button.setText, lambda: self.tr("Back office…"))
        self.backoffice_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.backoffice_button.clicked.connect(self.open_backoffice)
        self.settings_button = QPushButton(objectName="settingsButton")
        self._i18n(self.settings_button.setText, lambda: self.tr("Settings…"))
        self.settings_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.settings_button.clicked.connect(self.open_settings)
        self.refund_button = QPushButton(objectName="refundButton")
        self._i18n(self.refund_button.setText, lambda: self.tr("Refund (F9)"))
        self.refund_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.refund_button.clicked.connect(lambda: self.open_refund())
        self.shift_button = QPushButton(objectName="shiftMenuButton")
        self._i18n(self.shift_button.setText, lambda: self.tr("Shift"))
        self.shift_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = self.shift_menu = QMenu(self.shift_button)
        for text, slot, name in ((lambda: self.tr("X report"), self.show_x_report, "xReportAction"),
                                 (lambda: self.tr("Cash in…"), lambda: self.move_cash("in"), "cashInAction"),
                                 (lambda: self.tr("Cash out…"), lambda: self.move_cash("out"), "cashOutAction"),
                                 (lambda: self.tr("Close shift (Z report)…"), self.close_shift, "closeShiftAction"),
                                 (lambda: self.tr("Open shift…"), self.open_shift, "openShiftAction"),
                                 (lambda: self.tr("Open cash drawer (F6)"), self.open_drawer, "openDrawerAction"),
                                 (lambda: self.tr("Parked sales (F8)"), self.list_parked, "parkedAction"),
                                 (lambda: self.tr("Audit log…"), self.open_audit_log, "auditLogAction"),
                                 (lambda: self.tr("Lock the till (Ctrl+Shift+L)"), self.lock, "lockAction")):
            action = menu.addAction("")
            action.setObjectName(name)
            self._i18n(action.setText, text)
            action.triggered.connect(lambda _=False, slot=slot: slot())
        self.shift_button.setMenu(menu)
        from yarlung_pos.i18n import LANGUAGES, current_language
        self.language_combo = QComboBox(objectName="languageCombo")
        self.language_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.language_combo.activated.connect(lambda i: self.set_language(self.language_combo.itemData(i)))
        # two rows: the hall, language and cashier; then the counter's buttons (room for the
        # longer Tibetan words)
        top = QHBoxLayout()
        top.addWidget(header, 1)
        top.addWidget(self.cashier_label)
        top.addWidget(self.language_combo)
        actions = QHBoxLayout()
        for b in (self.refund_button, self.shift_button, self.reprint_button, self.labels_button,
                  self.backoffice_button, self.settings_button):
            actions.addWidget(b)
        actions.addStretch(1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addLayout(top)
        outer.addLayout(actions)
        outer.addWidget(split, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Till {0} ready").format(self._terminal))

        QShortcut(QKeySequence(Qt.Key.Key_F12), self, activated=self.open_payment)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.reprint_last)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.open_labels)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, activated=self.open_drawer)
        QShortcut(QKeySequence(Qt.Key.Key_F7), self, activated=lambda: self.discount_selected())
        QShortcut(QKeySequence("Shift+F7"), self, activated=lambda: self.discount_selected(whole_sale=True))
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, activated=self.park_or_list)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, activated=lambda: self.open_refund())
        QShortcut(QKeySequence("Ctrl+Delete"), self, activated=self.cancel_sale)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, activated=self.lock)
        self.labels_dialog = None
        self.counter_dialog = None  # the refund/discount/shift dialog open now, if any
        self.lock_dialog = None
        # idle lock: any key or click in the application counts as activity
        self._last_activity = time.monotonic()
        self._activity = _ActivityFilter(self)
        QApplication.instance().installEventFilter(self._activity)
        self._idle_timer = QTimer(self, interval=15_000)
        self._idle_timer.timeout.connect(self._check_idle)
        self._idle_timer.start()

        # printer status: updated from the print worker's thread through a queued signal
        self.printer_status = QLabel(objectName="printerStatusLabel")
        self.retry_print_button = QPushButton(objectName="retryPrintButton")
        self._i18n(self.retry_print_button.setText, lambda: self.tr("Retry printing"))
        self.retry_print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry_print_button.clicked.connect(self.retry_printing)
        self.retry_print_button.setVisible(False)
        self.sync_status = QLabel(objectName="syncStatusLabel")
        self.sync_button = QPushButton(objectName="syncNowButton")
        self._i18n(self.sync_button.setText, lambda: self.tr("Sync now"))
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setVisible(False)  # until a sync worker is attached and the till enrolled
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.sync_status_changed.connect(self._on_sync_status)
        self.sync_worker = None
        self.statusBar().addPermanentWidget(self.printer_status)
        self.statusBar().addPermanentWidget(self.retry_print_button)
        self.print_status_changed.connect(self._on_print_status)
        self.print_worker = None
        self._show_printer_idle()
        self.resize(1280, 800)
        self._show_user()
        self._refresh()
        if self._grid_version[0] == 0:
            self.show_message(self.tr("The catalogue is empty. Import one with “yarlung-pos catalogue import "
                                      "FILE.csv”, or start with --demo to try the till."), error=True)
        self.scan_input.setFocus()

    # ------------------------------------------------------------------ language
    def _i18n(self, setter, text) -> None:
        """Set a translatable text now with ``setter(text())`` and again whenever the
        language changes (:meth:`retranslate`)."""
        self._translatable.append((setter, text))
        setter(text())

    def retranslate(self) -> None:
        """Re-set every text in the current language: fixed texts, the cashier, totals, the
        status bar, the touch grid (unit names) and the search matches."""
        for setter, text in self._translatable:
            setter(text())
        self.cart_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.cart_model.COLUMNS - 1)
        self.message_label.clear()  # a passing message of the old language goes
        self._show_user()
        self._refresh()
        self._show_printer_idle()
        if self.sync_worker is not None:
            from yarlung_pos.sync.worker import current_status
            self._on_sync_status(current_status(self.service.store))
        self._built_pages.clear()
        if self.category_stack.currentIndex() >= 0:
            self._build_page(self.category_stack.currentIndex())
        if self.suggestions.isVisible():
            self._run_search()
        if self.labels_dialog is not None and not self.labels_dialog.isVisible():
            self.labels_dialog.deleteLater()  # built again, in the new language, when next opened
            self.labels_dialog = None
        self.statusBar().showMessage(self.tr("Till {0} ready").format(self._terminal))

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Switch the whole till to language ``code`` (``bo``, ``zh_CN``, ``en``) now, without a
        restart, and remember it in the settings file.  Raises ``LanguageError``."""
        from yarlung_pos.i18n import check_language, install_language
        code = check_language(code)
        install_language(code)  # Qt posts LanguageChange to every widget (see changeEvent) …
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # … delivered now
        i = self.language_combo.findData(code)
        if i >= 0 and self.language_combo.currentIndex() != i:
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(i)
            self.language_combo.blockSignals(False)
        settings = self.service.settings
        if getattr(settings, "ui_language", code) != code:
            settings.ui_language = code
            if settings.path is not None:
                from yarlung_pos.config import SettingsError, save_settings
                try:
                    save_settings(settings)
                except (SettingsError, OSError) as exc:
                    self.show_message(self.tr("The language could not be saved: {0}").format(exc), error=True)

    # ------------------------------------------------------------------ sync
    def attach_sync_worker(self, worker) -> None:
        """Use ``worker`` (a :class:`~yarlung_pos.sync.worker.SyncWorker`) for syncing; its
        status reaches the status bar through :attr:`sync_status_changed`."""
        from yarlung_pos.sync.worker import current_status
        self.sync_worker = worker
        worker.on_status = self.sync_status_changed.emit
        self._on_sync_status(current_status(self.service.store))

    def sync_now(self) -> None:
        """The "Sync now" button: the background worker syncs at once."""
        if self.sync_worker is None:
            return
        self.sync_status.setText(self.tr("Syncing…"))
        self.sync_worker.wake()

    def _on_sync_status(self, status) -> None:
        from yarlung_pos.domain.clock import local_time
        if not status.enrolled:
            self.sync_status.setText(self.tr("Not connected to the county office"))
            self.sync_button.setVisible(False)
            return
        self.sync_button.setVisible(True)
        last = (format_datetime(local_time(status.last_sync_at, _local_offset_min()))
                if status.last_sync_at else self.tr("never"))
        state = self.tr("Online") if status.online else self.tr("Offline")
        text = self.tr("{0} · {1} waiting · last sync {2}").format(state, status.waiting, last)
        if status.rejected:
            text += " · " + self.tr("{0} rejected").format(status.rejected)
        self.sync_status.setText(text)
        self.sync_status.setToolTip(status.error or "")
        self.sync_status.setStyleSheet("" if status.online and not status.rejected else "color: #8a5a00;")

    # ------------------------------------------------------------------ printing
    def attach_print_worker(self, worker) -> None:
        """Use ``worker`` (a started :class:`~yarlung_pos.printing.worker.PrintWorker`) for
        receipts; its status reaches the status bar through :attr:`print_status_changed`."""
        self.print_worker = worker
        worker.on_status = lambda state, error: self.print_status_changed.emit(state, error)
        worker.wake()

    def _show_printer_idle(self) -> None:
        if self.service.prints:
            self.printer_status.setText(self.tr("Printer: {0}").format(self.service.settings.printer_uri))
        else:
            self.printer_status.setText(self.tr("No receipt printer (preview only)"))
        self.printer_status.setStyleSheet("")

    def _on_print_status(self, state, error) -> None:
        if state.waiting and (error or state.last_error):
            self.printer_status.setText(self.tr("Printer problem: {0} — {1} receipt(s) waiting").format(
                _short(error or state.last_error, 90), state.waiting))
            self.printer_status.setStyleSheet("color: #b00020;")
            self.retry_print_button.setVisible(True)
        elif state.waiting:
            self.printer_status.setText(self.tr("Printing… {0} receipt(s) waiting").format(state.waiting))
            self.printer_status.setStyleSheet("")
        else:
            self._show_printer_idle()
            self.retry_print_button.setVisible(False)

    def _kick_printer(self) -> None:
        if self.print_worker is not None:
            self.print_worker.wake()

    def retry_printing(self) -> None:
        """Send the waiting receipts now (after the printer was switched on, paper loaded …)."""
        from yarlung_pos.services.print_queue import retry_now
        retry_now(self.service.store)
        self.printer_status.setText(self.tr("Retrying…"))
        self._kick_printer()

    def reprint_last(self) -> None:
        """Print a copy of the last sale's receipt (one press prints once)."""
        if self.last_sale is None:
            last = self.service.receipt()
            number = last.number if last is not None else None
        else:
            number = self.last_sale.number
        if number is None:
            self.show_message(self.tr("There is no sale to reprint yet."), error=True)
            return
        if not self.service.prints:
            self._show_receipt(number)
            self.right_stack.setCurrentWidget(self.receipt_scroll.parentWidget())
            self.show_message(self.tr("No receipt printer is set up — the receipt is shown on screen (Settings…)."), error=True)
            return
        self.service.reprint(number)
        self.show_message(self.tr("Printing a copy of {0}.").format(number))
        self._kick_printer()

    def open_labels(self) -> None:
        """The labels screen (kept between openings, so the chosen list survives)."""
        from yarlung_pos.ui.labels_dialog import LabelsDialog
        if self.labels_dialog is None:
            self.labels_dialog = LabelsDialog(self.service, self)
            self.labels_dialog.finished.connect(lambda _=0: (self.activateWindow(), self.scan_input.setFocus()))
        self.labels_dialog.open()

    def open_backoffice(self) -> None:
        """Stock, stocktakes, settlements, reports and the catalogue (window-modal; a cashier
        needs a manager's approval); the touch grid reloads afterwards if the catalogue
        changed."""
        self._needs_manager(self.tr("Open the back office."), "backoffice", lambda _by: self._open_backoffice())

    def _open_backoffice(self) -> None:
        from yarlung_pos.ui.backoffice import BackOfficeWindow
        dialog = BackOfficeWindow(self.service, self)
        self.backoffice_window = dialog

        def finished(_result: int) -> None:
            self.refresh_grid_if_changed()
            dialog.deleteLater()
            self.backoffice_window = None
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def open_settings(self) -> None:
        """The settings dialog (window-modal; a cashier needs a manager's approval); saved
        settings apply at once and every change is in the audit log."""
        self._needs_manager(self.tr("Change the till's settings."), "settings",
                            lambda by: self._open_settings(by))

    def _open_settings(self, approved_by: str | None = None) -> None:
        from dataclasses import asdict
        from yarlung_pos.ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.service.settings, self._print_test_page, self)

        def finished(result: int) -> None:
            if result == SettingsDialog.DialogCode.Accepted and dialog.result_settings is not None:
                old, new = asdict(self.service.settings), asdict(dialog.result_settings)
                changed = {k: [str(old[k]), str(new[k])] for k in new if k != "path" and old.get(k) != new[k]}
                if changed:
                    self.service.audit("settings_changed", approved_by if approved_by != self.service.actor else None,
                                       scope="terminal", changed=changed)
                self.service.settings = dialog.result_settings
                self._show_printer_idle()
                self._kick_printer()
            dialog.deleteLater()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        self.settings_dialog = dialog
        dialog.open()

    @staticmethod
    def _print_test_page(settings) -> str:
        """Print a test page with ``settings`` (called off the UI thread by the dialog)."""
        from yarlung_pos.printing.escpos_codec import encode_receipt
        from yarlung_pos.printing.printer import parse_printer_uri, send_bytes
        from yarlung_pos.printing.receipt import render_test_page
        target = parse_printer_uri(settings.printer_uri)
        if target.is_preview:
            raise ValueError(QCoreApplication.translate("TillWindow", "no printer given"))
        image = render_test_page(settings.paper_width_dots, settings.receipt_url_base + "/test",
                                 target.describe(), settings.printer_profile, settings.receipt_languages)
        send_bytes(target, encode_receipt(image, settings.printer_profile, cut=settings.auto_cut))
        return QCoreApplication.translate("TillWindow", "Test page sent to {0}.").format(target.describe())

    # ------------------------------------------------------------------ people and locking
    def _show_user(self) -> None:
        user = self.service.user
        role = {"cashier": self.tr("cashier"), "manager": self.tr("manager"), "admin": self.tr("admin")}
        text = self.tr("Cashier: {0}").format(_short(self.service.cashier, 32))
        if user is not None:
            text += f" ({role.get(user.role, user.role)})"
        self.cashier_label.setText(text)

    def check_shift(self) -> None:
        """At start: with no shift open, ask for the float; with a shift left open since an
        earlier day (past midnight), offer to close it (Z report) or carry on with it."""
        shift = self.service.current_shift()
        if shift is None:
            self.show_message(self.tr("No shift is open — count the float to open one."), error=True)
            self.open_shift()
            return
        if shift.is_stale(self.service.clock()):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shift still open"),
                              self.tr("Shift {0} was opened on {1} by {2} and is still open. Close it now with a "
                                      "Z report, or carry on with it?").format(
                                  shift.number, format_datetime(shift.opened_at), shift.opened_by), parent=self)
            box.setObjectName("staleShiftBox")
            close = box.addButton(self.tr("Close it (Z report)"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Carry on"), QMessageBox.ButtonRole.RejectRole)

            def finished(_result: int) -> None:
                if box.clickedButton() is close:
                    self.close_shift()
                box.deleteLater()

            box.finished.connect(finished)
            self.stale_shift_box = box
            box.open()
            self.show_message(self.tr("Shift {0} has been open since {1}.").format(
                shift.number, format_datetime(shift.opened_at)), error=True)

    def _check_idle(self) -> None:
        minutes = self.service.policy.idle_lock_min
        if minutes and self.lock_dialog is None and self.service.user is not None \
                and time.monotonic() - self._last_activity >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Lock the till: the lock screen covers it until someone signs in with their PIN
        (the open sale, parked sales and payments taken are kept)."""
        from yarlung_pos.ui.sign_in import SignInDialog
        if self.lock_dialog is not None or self.service.user is None:
            return
        self.service.audit("locked")
        dialog = SignInDialog(self.service.store, self, locked=self.service.user, clock=self.service.clock)
        self.lock_dialog = dialog

        def signed_in(user) -> None:
            previous = self.service.user
            self.service.user, self.service.cashier = user, user.name
            self.service.audit("login", unlocked=True, previous=previous.username if previous else None)
            self._show_user()
            self.show_message(self.tr("Signed in: {0}").format(user.name))

        def finished(_result: int) -> None:
            self.lock_dialog = None
            self._last_activity = time.monotonic()
            dialog.deleteLater()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.signed_in.connect(signed_in)
        dialog.finished.connect(finished)
        dialog.open()

    def _needs_manager(self, what: str, action: str, then, **details) -> None:
        """Run ``then(approved_by)`` at once for a manager, else after a manager approves in an
        :class:`~yarlung_pos.ui.approval.ApprovalDialog`."""
        from yarlung_pos.ui.approval import ApprovalDialog
        if self.service.can_approve:
            then(self.service.actor)
            return
        dialog = ApprovalDialog(self.service, what, action, self, **details)
        self.counter_dialog = dialog

        def finished(result: int) -> None:
            self.counter_dialog = None
            dialog.deleteLater()
            if result == ApprovalDialog.DialogCode.Accepted and dialog.approved_by:
                then(dialog.approved_by)
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def _open_counter_dialog(self, dialog, on_done=None) -> None:
        """Show ``dialog`` window-modal; afterwards refresh and give the scan field focus."""
        self.counter_dialog = dialog

        def finished(result: int) -> None:
            self.counter_dialog = None
            if on_done is not None:
                on_done(result)
            dialog.deleteLater()
            self._refresh()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    # ------------------------------------------------------------------ discounts
    def discount_selected(self, whole_sale: bool = False) -> None:
        """F7: discount or price override on the selected line; Shift+F7: on the whole sale."""
        from yarlung_pos.ui.discount_dialog import DiscountDialog
        if not self.cart.lines:
            self.show_message(self.tr("The sale is empty — scan a product first."), error=True)
            return
        row = -1 if whole_sale else self.selected_row()
        if not whole_sale and row < 0:
            self.show_message(self.tr("Select a line first (arrow keys)."), error=True)
            return
        if self.pending_tenders:
            self.show_message(self.tr("Payments were taken for this sale — remove them before changing prices."),
                              error=True)
            return
        dialog = DiscountDialog(self.service, self.cart, row, self)
        dialog.applied.connect(lambda: self._refresh(select=max(row, 0)))
        self._open_counter_dialog(dialog)

    # ------------------------------------------------------------------ park, recall, cancel
    def park_or_list(self) -> None:
        """F8: park the open sale, or — with an empty sale — list the parked ones."""
        if not self.cart.lines:
            self.list_parked()
            return
        if self.pending_tenders:
            self.show_message(self.tr("Payments were taken for this sale — finish it, or remove them first."),
                              error=True)
            return
        try:
            self.service.park(self.cart)
        except DomainError as exc:
            self.show_message(describe(exc), error=True)
            return
        n, total = len(self.cart.lines), self.cart.total_fen
        self.cart.clear()
        self._refresh()
        self.show_message(self.tr("Sale parked ({0} line(s), {1}). F8 with an empty sale lists parked sales.").format(
            n, format_fen(total)))

    def list_parked(self) -> None:
        """The parked sales; Enter recalls one into the (empty) sale."""
        from yarlung_pos.ui.parked_dialog import ParkedSalesDialog
        if self.cart.lines:
            self.show_message(self.tr("Finish or park the open sale before recalling another."), error=True)
            return

        def recalled(cart) -> None:
            self.cart.lines[:] = cart.lines
            self.cart.discount = cart.discount
            self._refresh(select=0)
            self.show_message(self.tr("Parked sale recalled — {0} line(s).").format(len(cart.lines)))

        dialog = ParkedSalesDialog(self.service, self)
        dialog.recalled.connect(recalled)
        self._open_counter_dialog(dialog)

    def cancel_sale(self) -> None:
        """Ctrl+Delete: cancel the whole open sale after confirmation; logged."""
        if not self.cart.lines:
            return
        if self.pending_tenders:
            self.show_message(self.tr("Payments were taken for this sale — give them back and remove them in the "
                                      "payment window first."), error=True)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel sale"),
                          self.tr("Cancel this sale of {0} line(s), {1}?").format(len(self.cart.lines),
                                                                                  format_fen(self.cart.total_fen)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("cancelSaleBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def finished(result: int) -> None:
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                self.service.audit("sale_cancelled", total_fen=self.cart.total_fen,
                                   lines=[[ln.sku, str(ln.qty), ln.line_total_fen] for ln in self.cart.lines])
                self.cart.clear()
                self._refresh()
                self.show_message(self.tr("Sale cancelled."))
            self.scan_input.setFocus()

        box.finished.connect(finished)
        self.cancel_box = box
        box.open()

    # ------------------------------------------------------------------ refunds
    def open_refund(self, text: str = "") -> None:
        """F9: the refund screen (a manager approves the refund in it)."""
        from yarlung_pos.ui.refund_dialog import RefundDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open — open one before refunding."), error=True)
            self.open_shift()
            return
        dialog = RefundDialog(self.service, self, text)

        def done(refund) -> None:
            self.show_message(self.tr("Refund {0} stored: {1} back.").format(refund.number, format_fen(-refund.total_fen)))
            self.sale_number_label.setText(self.tr("Refund {0}").format(refund.number))
            self.change_label.setText(self.tr("Pay back {0}").format(format_fen(-refund.total_fen)))
            self.right_stack.setCurrentWidget(self.receipt_scroll.parentWidget())
            self._show_receipt(refund.number)
            if self.service.prints:
                from yarlung_pos.services.print_queue import retry_now
                retry_now(self.service.store)
                self._kick_printer()

        dialog.refund_completed.connect(done)
        self._open_counter_dialog(dialog)

    # ------------------------------------------------------------------ shifts and drawer
    def open_shift(self) -> None:
        """Count the float and open a shift."""
        from yarlung_pos.ui.shift_dialogs import OpenShiftDialog
        if self.service.current_shift() is not None:
            self.show_message(self.tr("A shift is open already."))
            return
        dialog = OpenShiftDialog(self.service, self)
        dialog.shift_opened.connect(lambda shift: self.show_message(
            self.tr("Shift {0} opened with {1}.").format(shift.number, format_fen(shift.float_fen))))
        self._open_counter_dialog(dialog)

    def move_cash(self, kind: str) -> None:
        """Cash in or out of the drawer with a reason."""
        from yarlung_pos.ui.shift_dialogs import CashMoveDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open."), error=True)
            return
        dialog = CashMoveDialog(self.service, kind, self)
        dialog.cash_moved.connect(lambda: self.show_message(
            self.tr("Cash put into the drawer — logged.") if kind == "in" else self.tr("Cash taken out of the drawer — logged.")))
        self._open_counter_dialog(dialog)

    def show_x_report(self) -> None:
        """The open shift's X report (view and print)."""
        from yarlung_pos.ui.shift_dialogs import ShiftReportDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open."), error=True)
            return
        dialog = ShiftReportDialog(self.service, self)
        dialog.print_queued.connect(lambda _job: self._kick_printer())
        self._open_counter_dialog(dialog)

    def close_shift(self) -> None:
        """Count the drawer and close the shift (Z report)."""
        from yarlung_pos.ui.shift_dialogs import CloseShiftDialog
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open."), error=True)
            return
        if self.cart.lines or self.pending_tenders:
            self.show_message(self.tr("Finish, park or cancel the open sale before closing the shift."), error=True)
            return
        dialog = CloseShiftDialog(self.service, self)
        dialog.shift_closed.connect(lambda rep: (self.show_message(
            self.tr("Shift closed — Z report {0}.").format(rep.number)), self._kick_printer()))
        self._open_counter_dialog(dialog)

    def open_drawer(self) -> None:
        """F6: open the cash drawer without a sale — a manager approves; logged."""
        if self.service.prints and not self.service.settings.drawer_pin:
            self.show_message(self.tr("No cash drawer is set up (Settings…, cash drawer pin)."), error=True)
            return

        def go(approved_by: str) -> None:
            if self.service.open_drawer(approved_by, reason="no sale"):
                self._kick_printer()
                self.show_message(self.tr("Opening the cash drawer."))
            else:
                self.show_message(self.tr("No receipt printer is set up, so the drawer cannot be opened from the "
                                          "till (the attempt is logged)."), error=True)
        self._needs_manager(self.tr("Open the cash drawer without a sale."), "drawer_opened", go)

    def open_audit_log(self) -> None:
        """The audit log (managers; a cashier needs a manager's approval to see it)."""
        from yarlung_pos.ui.audit_view import AuditLogDialog
        self._needs_manager(self.tr("Show the audit log."), "audit_viewed",
                            lambda _by: self._open_counter_dialog(AuditLogDialog(self.service, self)))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event):  # noqa: N802 (Qt API)
        """Closing with a sale in progress asks first: the open sale would be discarded."""
        if (self.cart.lines or self.pending_tenders) and self.confirm_close:
            answer = QMessageBox.question(
                self, self.tr("Sale in progress"),
                self.tr("A sale with {0} line(s), total {1}, is not paid yet. Close the till and "
                        "discard it?").format(len(self.cart.lines), format_fen(self.cart.total_fen)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()

    # ------------------------------------------------------------------ category grid
    def _build_category_grid(self) -> None:
        """Large category buttons (two rows) over a stack of product-button pages.  A page is
        built the first time its category is shown, with at most :data:`GRID_LIMIT` buttons."""
        self.category_buttons: list[TouchButton] = []
        self._category_codes: list[str] = []
        self._built_pages: set[int] = set()
        self._grid_version = self.service.catalogue_version()
        for i, cat in enumerate(self.service.categories()):
            cb = TouchButton([cat.name_bo, cat.name_zh], min_height=52)
            small = cb.label.font()
            small.setPointSizeF(small.pointSizeF() * 0.85)
            cb.label.setFont(small)
            cb.setObjectName(f"category_{cat.code}")
            cb.setToolTip(cat.name_en)
            cb.setCheckable(True)
            cb.clicked.connect(lambda _=False, i=i: self.show_category(i))
            self.category_bar.addWidget(cb, i // 3, i % 3)
            self.category_buttons.append(cb)
            self._category_codes.append(cat.code)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.category_stack.addWidget(scroll)
        if self.category_buttons:
            self.show_category(0)

    def _build_page(self, index: int) -> None:
        grid_w = QWidget()
        grid = QGridLayout(grid_w)
        grid.setSpacing(6)
        products = self.service.products_in(self._category_codes[index], limit=GRID_LIMIT + 1)
        for j, p in enumerate(products[:GRID_LIMIT]):
            b = TouchButton([p.name_bo, p.name_zh, f"{format_fen(p.price_fen)} / {unit_name(p.unit)}"])
            b.setObjectName(f"product_{p.sku}")
            b.setToolTip(f"{p.sku} · {p.name_en}")
            b.clicked.connect(lambda _=False, sku=p.sku: self.add_by_code(sku))
            grid.addWidget(b, j // 2, j % 2)
        if len(products) > GRID_LIMIT:
            more = QLabel(self.tr("More products in this category — type to search."))
            more.setWordWrap(True)
            grid.addWidget(more, grid.rowCount(), 0, 1, 2)
        grid.setRowStretch(grid.rowCount(), 1)
        scroll = self.category_stack.widget(index)
        old = scroll.takeWidget()
        if old is not None:
            old.deleteLater()  # not now: one of its buttons may be the sender being handled
        scroll.setWidget(grid_w)
        self._built_pages.add(index)

    def refresh_grid_if_changed(self) -> None:
        """Rebuild the product pages when the catalogue changed (an import, a price change)."""
        version = self.service.catalogue_version()
        if version != self._grid_version:
            self._grid_version = version
            self._built_pages.clear()
            current = self.category_stack.currentIndex()
            if current >= 0:
                self._build_page(current)

    def show_category(self, index: int) -> None:
        """Show the product buttons of category ``index``."""
        self.refresh_grid_if_changed()
        if index not in self._built_pages:
            self._build_page(index)
        self.category_stack.setCurrentIndex(index)
        for i, b in enumerate(self.category_buttons):
            b.setChecked(i == index)
        self.scan_input.setFocus()

    # ------------------------------------------------------------------ state
    def selected_row(self) -> int:
        """Index of the selected cart line, or -1."""
        rows = self.cart_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.cart.lines):
            self.cart_table.selectRow(row)
            self.cart_table.scrollTo(self.cart_model.index(row, 0))

    def _refresh(self, select: int | None = None) -> None:
        keep = self.selected_row() if select is None else select
        self.cart_model.refresh()
        if self.cart.lines:
            self._select(min(max(keep, 0), len(self.cart.lines) - 1))
        pricing = self.pricing()
        due = pricing.due_fen if pricing else self.cart.total_fen
        self.total_label.setText(self.tr("Total {0}").format(format_fen(due)))
        if self.cart.lines and pricing is None:
            self.discount_label.setText(self.tr("A discount is more than what it applies to now — change it (F7)."))
            self.discount_label.setStyleSheet("color: #b00020;")
        else:
            self.discount_label.setStyleSheet("")
        notes = []
        if pricing and pricing.discounts_fen:
            notes.append(self.tr("Discounts -{0}").format(format_fen(pricing.discounts_fen)))
        if pricing and pricing.rounding_fen:
            notes.append(self.tr("Rounding {0}").format(format_fen(pricing.rounding_fen)))
        if pricing is not None or not self.cart.lines:
            self.discount_label.setText("  ·  ".join(notes))
        paid = sum(t.amount_fen for t in self.pending_tenders)
        self.paid_label.setText(self.tr("Paid so far {0}").format(format_fen(paid)) if paid else "")
        self.pay_button.setEnabled(bool(self.cart.lines))

    def pricing(self):
        """The open sale priced with its discounts and the counter's cash rounding, or
        ``None`` for an empty sale (or one whose amount discount no longer fits)."""
        if not self.cart.lines:
            return None
        try:
            return self.cart.pricing(self.service.policy.rounding)
        except DomainError:
            return None

    def show_message(self, text: str, error: bool = False) -> None:
        """Show ``text`` under the cart (red for errors)."""
        self.message_label.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message_label.setText(text)

    # ------------------------------------------------------------------ adding products
    def add_product(self, product: Product, qty: Decimal = Decimal(1)) -> None:
        """Add ``qty`` of ``product`` to the sale and select its line."""
        try:
            row = self.cart.add(product, qty)
        except DomainError as exc:
            self.show_message(describe(exc), error=True)
            return
        self._hide_suggestions()
        self.scan_input.clear()
        self.right_stack.setCurrentIndex(0)
        self._refresh(select=row)
        line = self.cart.lines[row]
        self.show_message(self.tr("Added {0} — {1} × {2}").format(
            _name(line), qty_text(line.qty, line.unit), format_fen(line.unit_price_fen)))
        self.scan_input.setFocus()

    def add_by_code(self, code: str) -> None:
        """Add one of the product ``code`` names, read fresh from the catalogue (a touch
        button may show a price changed since; the sale uses today's)."""
        try:
            product = self.service.lookup(code)
        except DomainError as exc:
            self._reject_scan(self.tr("{0} — nothing was added.").format(describe(exc)), str(exc))
            self.refresh_grid_if_changed()
            return
        self.add_product(product)

    def submit_scan(self) -> None:
        """Enter in the scan field: quantity command, exact code, or chosen search match."""
        text = self.scan_input.text().strip()
        self._search_timer.stop()
        chosen = self._chosen_suggestion(text)
        if not text:
            if chosen is not None:
                self._add_suggestion(chosen)
            return
        if text.startswith("*"):
            self.set_selected_qty(text[1:])
            return
        try:
            product = self.service.lookup(text)  # an exact code always wins …
        except DomainError as exc:
            if chosen is not None:  # … then the match the cashier arrowed to
                self._add_suggestion(chosen)
                return
            trailing = _TRAILING_CODE.search(text)
            if trailing and trailing.start() > 0:
                # a scan fired while typed text was still in the field: the scan is what counts
                self.scan_input.setText(trailing.group(1))
                self.submit_scan()
                return
            if looks_like_code(text):
                self._reject_scan(self.tr("{0} — nothing was added.").format(describe(exc)), str(exc))
                return
            matches = self.service.search(text, limit=1)
            if matches:  # no exact code: the best-ranked match (what the list shows first)
                self.add_product(matches[0])
                return
            self._reject_scan(self.tr("No product matches “{0}” — nothing was added.").format(_short(text)), str(exc))
            return
        self.add_product(product)

    def _chosen_suggestion(self, text: str) -> QListWidgetItem | None:
        """The match the cashier arrowed to, if the field has not changed since."""
        item = self.suggestions.currentItem() if self.suggestions.isVisible() else None
        if item is None or not item.isSelected() or self._chosen_for != text:
            return None
        return item

    def _reject_scan(self, message: str, detail: str) -> None:
        self.show_message(message, error=True)
        self.statusBar().showMessage(detail, 5000)
        self.scan_input.selectAll()
        QApplicationBeep()

    # ------------------------------------------------------------------ search
    def _on_text_edited(self, text: str) -> None:
        self.suggestions.clearSelection()  # typing (or a scan) cancels an arrowed choice
        self.suggestions.setCurrentRow(-1)
        self._chosen_for = None
        t = text.strip()
        if not t or t.startswith("*") or looks_like_code(t):
            self._search_timer.stop()
            self._hide_suggestions()
            return
        self._search_timer.start()

    def _run_search(self) -> None:
        text = self.scan_input.text().strip()
        if not text or text.startswith("*") or looks_like_code(text):
            return
        products = self.service.search(text)
        self.suggestions.clear()
        for p in products:
            price = f"{format_fen(p.price_fen)} / {unit_name(p.unit)}"
            item = QListWidgetItem(f"{p.name_bo} {p.name_zh} {p.name_en} {p.sku} {price}")
            item.setData(TWO_LINE_ROLE, (f"{p.name_bo}", f"{p.name_zh} · {p.name_en} · {p.sku} · {price}"))
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.suggestions.addItem(item)
        self.suggestions.setVisible(bool(products))
        self.suggestions.setCurrentRow(-1)
        self._chosen_for = None

    def _hide_suggestions(self) -> None:
        self.suggestions.clear()
        self.suggestions.setVisible(False)

    def _add_suggestion(self, item: QListWidgetItem) -> None:
        self.add_product(item.data(Qt.ItemDataRole.UserRole))

    def _move_suggestion(self, delta: int) -> None:
        n = self.suggestions.count()
        row = self.suggestions.currentRow()
        row = 0 if row < 0 and delta > 0 else max(0, min(n - 1, row + delta))
        self.suggestions.setCurrentRow(row)
        self._chosen_for = self.scan_input.text().strip()

    # ------------------------------------------------------------------ keys
    def handle_scan_key(self, event) -> bool:
        """Keys of the scan field; returns True when the till handled the key."""
        key = event.key()
        empty = not self.scan_input.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit_scan()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            delta = 1 if key == Qt.Key.Key_Down else -1
            if self.suggestions.isVisible():
                self._move_suggestion(delta)
            elif self.cart.lines:
                self._select(max(0, min(len(self.cart.lines) - 1, self.selected_row() + delta)))
            return True
        if key == Qt.Key.Key_Escape:
            if self.suggestions.isVisible():
                self._hide_suggestions()
            else:
                self.scan_input.clear()
            return True
        if empty and event.text() == "+":
            self.step_selected(1)
            return True
        if empty and event.text() == "-":
            self.step_selected(-1)
            return True
        if empty and key == Qt.Key.Key_Delete:
            self.remove_selected()
            return True
        return False

    # ------------------------------------------------------------------ line edits
    def _payments_held(self) -> bool:
        """True (and says so) when payments were taken for the open sale: lines may then be
        added, but not reduced or removed, until the payments are removed in the payment
        window — the money stays with this sale."""
        if not self.pending_tenders:
            return False
        self.show_message(self.tr("Payments were taken for this sale ({0}) — remove them in the payment window "
                                  "(F12, Delete) before taking goods off the sale.").format(
            format_fen(sum(t.amount_fen for t in self.pending_tenders))), error=True)
        return True

    def step_selected(self, delta: int) -> None:
        """One more (``+1``) or one less (``-1``) of the selected line."""
        if delta < 0 and self._payments_held():
            return
        row = self.selected_row()
        if row < 0:
            self.show_message(self.tr("Select a line first (arrow keys)."), error=True)
            return
        try:
            self.cart.step(row, delta)
        except DomainError as exc:
            self.show_message(describe(exc), error=True)
            return
        self._refresh(select=row)
        line = self.cart.lines[row]
        self.show_message(self.tr("{0}: quantity {1}").format(_name(line), qty_text(line.qty, line.unit)))

    def set_selected_qty(self, text: str) -> None:
        """Set the selected line's quantity from typed ``text`` (``0.735`` for kg)."""
        row = self.selected_row()
        if row < 0:
            self.show_message(self.tr("Select a line first, then type * and the quantity."), error=True)
            return
        if self.pending_tenders:
            from yarlung_pos.domain.model import parse_quantity
            try:
                lower = parse_quantity(text, self.cart.lines[row].unit) < self.cart.lines[row].qty
            except DomainError:
                lower = False
            if lower and self._payments_held():
                return
        try:
            self.cart.set_qty(row, text)
        except DomainError as exc:
            self.show_message(describe(exc), error=True)
            self.scan_input.selectAll()
            return
        self.scan_input.clear()
        self._refresh(select=row)
        line = self.cart.lines[row]
        self.show_message(self.tr("{0}: quantity {1}").format(_name(line), qty_text(line.qty, line.unit)))

    def remove_selected(self) -> None:
        """Remove the selected line from the sale."""
        if self._payments_held():
            return
        row = self.selected_row()
        if row < 0:
            self.show_message(self.tr("Select a line first (arrow keys)."), error=True)
            return
        line = self.cart.remove(row)
        self.service.audit("line_voided", sku=line.sku, qty=str(line.qty), line_total_fen=line.line_total_fen)
        self._refresh(select=min(row, len(self.cart.lines) - 1))
        self.show_message(self.tr("Removed {0}").format(_name(line)))
        self.scan_input.setFocus()

    # ------------------------------------------------------------------ payment
    def open_payment(self) -> None:
        """F12: take payment for the sale in a window-modal dialog; on completion show the
        sale number, the change and the receipt, and get ready for the next customer."""
        if not self.cart.lines:
            self.show_message(self.tr("The sale is empty — scan a product first."), error=True)
            return
        if self.payment_dialog is not None:
            return
        if self.service.current_shift() is None:
            self.show_message(self.tr("No shift is open — count the float to open one, then take payment."), error=True)
            self.open_shift()
            return
        pricing = self.pricing()
        if pricing is None:
            self.show_message(self.tr("A discount no longer fits the sale — change it (F7) first."), error=True)
            return
        if pricing.due_fen <= 0:
            self.show_message(self.tr("The sale comes to ￥0 — change the discount (F7), or give the goods away as a "
                                      "gift with a stock adjustment."), error=True)
            return
        from yarlung_pos.domain.pricing import approval_needed, mark_approved
        policy = self.service.policy
        if approval_needed(self.cart, policy.discount_limit_pct, policy.discount_limit_fen):
            def approved(by: str) -> None:
                mark_approved(self.cart)
                if by == self.service.actor:  # a manager at the till approves their own
                    self.service.audit("approval", by, approved="discount", discounts_fen=pricing.discounts_fen,
                                       gross_fen=self.cart.gross_fen)
                self.open_payment()
            self.show_message(self.tr("The discounts are above the limit now — a manager must approve them."),
                              error=True)
            self._needs_manager(self.tr("Approve discounts of {0} on a sale of {1}.").format(
                format_fen(pricing.discounts_fen), format_fen(self.cart.gross_fen)), "discount", approved,
                discounts_fen=pricing.discounts_fen, gross_fen=self.cart.gross_fen)
            return
        self._hide_suggestions()
        self.scan_input.clear()
        dialog = PaymentDialog(pricing.due_fen, lambda tenders: self.service.complete(self.cart, tenders),
                               self.pending_tenders, self)
        self.payment_dialog = dialog

        def finished(result: int) -> None:
            self.payment_dialog = None
            if result == PaymentDialog.DialogCode.Accepted and dialog.result_sale is not None:
                self._after_sale(dialog.result_sale)
            elif self.pending_tenders:
                self.show_message(self.tr("Payments taken so far ({0}) are kept for this sale.").format(
                    format_fen(sum(t.amount_fen for t in self.pending_tenders))))
            self._refresh()
            dialog.deleteLater()
            self.activateWindow()
            self.scan_input.setFocus()

        dialog.finished.connect(finished)
        dialog.open()
        dialog.activateWindow()
        dialog.tendered_input.setFocus()

    def _after_sale(self, sale: CompletedSale) -> None:
        self.last_sale = sale
        self.cart.clear()
        self._refresh()
        self.sale_number_label.setText(self.tr("Sale {0} complete").format(sale.number))
        self.change_label.setText(self.tr("Change {0}").format(format_fen(sale.change_fen)))
        msg = self.tr("Sale {0} stored. Ready for the next customer.").format(sale.number)
        if sale.negative_stock:
            msg += " " + self.tr("Stock below zero for {0} — please check the shelf.").format(", ".join(sale.negative_stock))
        self.show_message(msg, error=bool(sale.negative_stock))
        self.right_stack.setCurrentWidget(self.receipt_scroll.parentWidget())
        self.receipt_scroll.parentWidget().layout().activate()  # give the page its size first
        self._show_receipt(sale.number)
        if self.sync_worker is not None:
            from yarlung_pos.sync.worker import current_status
            self._on_sync_status(current_status(self.service.store, online=self.sync_status.text().startswith(self.tr("Online"))))
        if self.service.prints:  # the print job was committed with the sale: send it (and any
            from yarlung_pos.services.print_queue import retry_now  # older ones first) now
            retry_now(self.service.store)
            self._kick_printer()
        self.refresh_grid_if_changed()
        self.sale_completed.emit(sale)

    def _show_receipt(self, number: str) -> None:
        from yarlung_pos.printing.raster import pil_to_qimage
        from yarlung_pos.printing.receipt import render_receipt
        try:
            doc = self.service.receipt(number)
            image = pil_to_qimage(render_receipt(doc, width_dots=self.service.settings.paper_width_dots))
        except Exception as exc:  # a receipt problem never costs the sale
            self.receipt_view.setText(self.tr("Receipt preview unavailable: {0}").format(exc))
            return
        self.receipt_image = image
        self._scale_receipt()

    def _scale_receipt(self) -> None:
        image = getattr(self, "receipt_image", None)
        if image is None:
            return
        pix = QPixmap.fromImage(image)
        width = max(160, self.receipt_scroll.viewport().width() - self.receipt_scroll.verticalScrollBar().sizeHint().width() - 4)
        self.receipt_view.setPixmap(pix.scaledToWidth(min(width, pix.width()), Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._scale_receipt()


def _name(item) -> str:
    """A product's (or line's) name in the screen's language, falling back to Chinese."""
    from yarlung_pos.i18n import current_language
    lang = current_language()
    name = item.name_bo if lang == "bo" else item.name_en if lang == "en" else item.name_zh
    return name or item.name_zh


def _local_offset_min() -> int:
    from datetime import datetime
    return int(datetime.now().astimezone().utcoffset().total_seconds() // 60)


def QApplicationBeep() -> None:  # noqa: N802 - tiny wrapper so tests can run without sound
    """Audible cue for a rejected scan."""
    from PySide6.QtWidgets import QApplication
    QApplication.beep()
