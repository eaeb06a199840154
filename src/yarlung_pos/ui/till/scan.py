"""The till's scan and search: the scan field's keys, exact codes, the search matches, the touch
grid of categories and products, and the cart keys (``+``/``-``, ``*qty``, Delete)."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidgetItem, QScrollArea, QWidget

from yarlung_pos.domain.model import DomainError, Product
from yarlung_pos.domain.scan import looks_like_code
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.ui.cart_model import qty_text, unit_name
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.till.status import shorten
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TouchButton

GRID_LIMIT = 120  # product buttons per category page; search finds the rest
SEARCH_DELAY_MS = 150  # scanners type a whole code well within this; people pause longer
_TRAILING_CODE = re.compile(r"((?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)\S+|\d{8,})$")


class ScanKeys(QObject):
    """Event filter giving the scan field the till's keys (:meth:`TillScan.handle_scan_key`)."""

    def __init__(self, till):
        super().__init__(till)
        self.till = till

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress:
            return self.till.handle_scan_key(event)
        return False


#: at most this many search matches in view under the scan field (more: the list scrolls)
SEARCH_ROWS = 3
#: and at most this part of the window's height, so that the cart stays in view
SEARCH_SHARE = 0.3


class TillScan:
    """Part of :class:`~yarlung_pos.ui.till.TillWindow`: getting products into the sale and
    editing its lines from the keyboard.

    Uses the window's ``service``, ``cart``, ``cart_model``, ``cart_table``, ``scan_input``,
    ``suggestions``, ``_search_timer``, ``category_bar``, ``category_stack``, ``right_stack``,
    ``pending_tenders``, ``_chosen_for``, ``_refresh`` and ``show_message``."""

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

    # ------------------------------------------------------------------ cart selection
    def selected_row(self) -> int:
        """Index of the selected cart line, or -1."""
        rows = self.cart_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.cart.lines):
            self.cart_table.selectRow(row)
            self.cart_table.scrollTo(self.cart_model.index(row, 0))

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
            self._reject_scan(self.tr("No product matches “{0}” — nothing was added.").format(shorten(text)), str(exc))
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
        self._fit_suggestions()
        # the list takes the message line's room meanwhile (its message was about what came before)
        self.message_label.setVisible(not products)
        self.suggestions.setVisible(bool(products))
        self.suggestions.setCurrentRow(-1)
        self._chosen_for = None
        if products and self.cart.lines:  # the cart got lower: keep the selected line in view
            self.centralWidget().layout().activate()
            self._select(self.selected_row())

    def _fit_suggestions(self) -> None:
        """Keep the search matches from pushing the cart out of view (issue #15: at 768 px in
        Tibetan the list took nearly all of it): at most :data:`SEARCH_ROWS` matches in view
        (the list scrolls for more) and at most :data:`SEARCH_SHARE` of the window's height,
        but always one whole match."""
        lst = self.suggestions
        row = lst.sizeHintForRow(0) if lst.count() else -1
        if row <= 0:
            row = int(lst.fontMetrics().height() * 2.1) + 8  # as TwoLineDelegate.sizeHint
        frame = 2 * lst.frameWidth()
        most = min(SEARCH_ROWS * row + frame, int(self.height() * SEARCH_SHARE))
        lst.setMinimumHeight(row + frame)
        lst.setMaximumHeight(max(row + frame, most))

    def _hide_suggestions(self) -> None:
        self.suggestions.clear()
        self.suggestions.setVisible(False)
        self.message_label.setVisible(True)

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



def _name(item) -> str:
    """A product's (or line's) name in the screen's language, falling back to Chinese."""
    from yarlung_pos.i18n import current_language
    lang = current_language()
    name = item.name_bo if lang == "bo" else item.name_en if lang == "en" else item.name_zh
    return name or item.name_zh


def QApplicationBeep() -> None:  # noqa: N802 - tiny wrapper so tests can run without sound
    """Audible cue for a rejected scan."""
    from PySide6.QtWidgets import QApplication
    QApplication.beep()
