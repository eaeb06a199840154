"""The till window itself: its layout (the widgets and how they sit), the keyboard shortcuts,
the language switch and closing.  What the widgets do lives in the parts it is made of:
:mod:`.scan` (scan field, search, touch grid, cart keys), :mod:`.counter` (counter
operations), :mod:`.checkout` (payment, after-sale panel, receipt) and :mod:`.status`
(status bar and messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QMainWindow, QMenu, QMessageBox, QPushButton, QScrollArea,
                               QSizePolicy, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from yarlung_pos.domain.model import Cart
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.services.sales import CompletedSale
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.cart_model import CartTableModel
from yarlung_pos.ui.payment_dialog import PaymentDialog
from yarlung_pos.ui.till.checkout import TillCheckout
from yarlung_pos.ui.till.counter import TillCounter
from yarlung_pos.ui.till.delivery import TillDelivery
from yarlung_pos.ui.till.scan import SEARCH_DELAY_MS, ScanKeys, TillScan
from yarlung_pos.ui.till.status import TillStatus
from yarlung_pos.ui.widgets import TwoLineDelegate, fit_to_screen


class TillWindow(TillScan, TillCounter, TillCheckout, TillStatus, TillDelivery, QMainWindow):
    """Main window of the counter, made of its parts (the mixins :class:`TillScan`,
    :class:`TillCounter`, :class:`TillCheckout`, :class:`TillStatus`, :class:`TillDelivery`).  ``sale_completed``
    fires with the :class:`CompletedSale`.

    Translations: ``self.tr()`` looks a text up under each class of the window's MRO in turn,
    so a part's texts are found under the part's own context (its class name)."""

    sale_completed = Signal(object)
    #: (QueueState, error or None) from the print worker thread
    print_status_changed = Signal(object, object)
    #: SyncStatus from the sync worker thread
    sync_status_changed = Signal(object)
    #: BackupStatus from the backup worker thread
    backup_status_changed = Signal(object)

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("tillWindow")
        self.service = service
        self.cart = Cart()
        self.last_sale: CompletedSale | None = None
        self.payment_dialog: PaymentDialog | None = None
        #: a manager's approval of the discounts, given at payment, for the next completion only
        self._payment_approval = None
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
        left_w = self._build_sale_panel(big, huge)
        right = self._build_right_panel(big, huge)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_w)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([740, 520])
        top, actions = self._build_top_rows(big)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addLayout(top)
        outer.addLayout(actions)
        outer.addWidget(split, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Till {0} ready").format(self._terminal))
        self._build_shortcuts()
        self.labels_dialog = None
        self.counter_dialog = None  # the refund/discount/shift dialog open now, if any
        self.lock_dialog = None
        self._start_idle_lock()
        self._build_status_bar()
        fit_to_screen(self, 1280, 800)  # never larger than the screen (1366 × 768, 1024 × 768)
        self._show_user()
        self._refresh()
        if self._grid_version[0] == 0:
            self.show_message(self.tr("The catalogue is empty. Import one with “yarlung-pos catalogue import "
                                      "FILE.csv”, or start with --demo to try the till."), error=True)
        self.scan_input.setFocus()

    # ------------------------------------------------------------------ layout
    def _build_sale_panel(self, big, huge) -> QWidget:
        """The left side: scan field, search matches, cart, message line, line buttons, the
        total and the Pay button."""
        # --- scan field and search matches ---
        self.scan_input = QLineEdit(objectName="scanInput")
        self.scan_input.setFont(big)
        self._i18n(self.scan_input.setPlaceholderText,
                   lambda: self.tr("Scan a barcode or QR label, or type to search (F12 to pay)"))
        self.scan_input.setClearButtonEnabled(True)
        # room for Tibetan stacks, which stand taller than the Latin font's line
        self.scan_input.setMinimumHeight(int(self.scan_input.fontMetrics().height() * 1.9))
        self.scan_input.installEventFilter(ScanKeys(self))
        self.scan_input.textEdited.connect(self._on_text_edited)
        self.suggestions = QListWidget(objectName="searchResults")
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestions.setMaximumHeight(260)  # then fitted to the window (_fit_suggestions)
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
        # two lines of the sale always in view, the search matches open or not (issue #15)
        self.cart_table.setMinimumHeight(hh.sizeHint().height() + 2 * self.cart_table.verticalHeader().defaultSectionSize()
                                         + 2 * self.cart_table.frameWidth())

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
        return left_w

    def _build_right_panel(self, big, huge) -> QStackedWidget:
        """The right side: the touch grid while selling, the last sale's panel after a sale."""
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
        return right

    def _build_top_rows(self, big) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The hall, cashier and language row, and the row of the counter's buttons with the
        Shift menu."""
        # --- header ---
        from yarlung_pos.services.hall import hall_names  # as set up on this till (setup window)
        names = list(dict.fromkeys(hall_names(self.service.store).values()))  # each once, bo · zh · en
        header = QLabel("  ·  ".join(names), objectName="hallName")
        header.setFont(big)
        header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        header.setToolTip(" · ".join(names))
        self.cashier_label = QLabel(objectName="cashierLabel")
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
        self.delivery_button = QPushButton(objectName="deliveryButton")
        self._i18n(self.delivery_button.setText, lambda: self.tr("For delivery (F10)"))
        self.delivery_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.delivery_button.clicked.connect(self.open_delivery)
        self.deliveries_button = QPushButton(objectName="deliveriesButton")
        self._i18n(self.deliveries_button.setText, lambda: self.tr("Deliveries (Ctrl+D)"))
        self.deliveries_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.deliveries_button.clicked.connect(self.open_deliveries)
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
        for b in (self.refund_button, self.delivery_button, self.deliveries_button, self.shift_button,
                  self.reprint_button, self.labels_button, self.backoffice_button, self.settings_button):
            actions.addWidget(b)
        actions.addStretch(1)
        return top, actions

    def _build_shortcuts(self) -> None:
        """The window-wide keys (the scan field's own keys: :meth:`TillScan.handle_scan_key`)."""
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, activated=self.open_payment)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.reprint_last)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.open_labels)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, activated=self.open_drawer)
        QShortcut(QKeySequence(Qt.Key.Key_F7), self, activated=lambda: self.discount_selected())
        QShortcut(QKeySequence("Shift+F7"), self, activated=lambda: self.discount_selected(whole_sale=True))
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, activated=self.park_or_list)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, activated=lambda: self.open_refund())
        QShortcut(QKeySequence(Qt.Key.Key_F10), self, activated=self.open_delivery)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.open_deliveries)
        QShortcut(QKeySequence("Ctrl+Delete"), self, activated=self.cancel_sale)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, activated=self.lock)

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
        self.retranslate_done_panel()  # "Sale … complete / Change …" of the last sale
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

    def refresh_terminal(self, _code=None) -> str:
        """Read this till's terminal code again (it changes when the till is enrolled, e.g. in
        the back office's County office tab: T01 → T02) and, when it changed, show it in the
        window title and the status bar.  Returns the code."""
        code = self.service.terminal_code()
        if code != self._terminal:
            self._terminal = code
            self.setWindowTitle(self.tr("Yarlung POS — till {0}").format(code))
            self.statusBar().showMessage(self.tr("Till {0} ready").format(code))
        return code

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

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_suggestions()
        self._scale_receipt()
