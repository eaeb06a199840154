"""Labels: choose products and print QR shelf labels (A4 sticker sheets or label rolls).

Products come from the search field (type a name, SKU or barcode; scan a label or barcode;
Enter adds the highlighted match, ↓/↑ move in the matches) or a whole category.  Adding a
product already listed adds one copy.  The preview shows the first page exactly as the PDF
and the printer get it (the same drawing, :func:`~yarlung_pos.printing.labels.paint_labels`),
with the sheet's sticker outlines and the used positions greyed.

Calibration (right/down mm) is kept per template while the dialog is open and used for the
preview, the PDF and printing; "Save calibration" writes it to the settings file.  A refused
request shows its reason in red and nothing chosen or typed is lost.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QTimer, QUrl
from PySide6.QtGui import (QColor, QDesktopServices, QImage, QKeySequence, QPageLayout, QPageSize,
                           QPainter, QPen, QPixmap, QShortcut)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QSpinBox,
                               QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from yarlung_pos.config import APP_NAME, SettingsError, save_settings
from yarlung_pos.i18n import format_money as format_fen  # the screen's money: current locale
from yarlung_pos.domain.scan import looks_like_code
from yarlung_pos.printing.labels import (TEMPLATES, LabelError, LabelJob, LabelProduct, LabelRun,
                                         LabelTemplate, paint_labels, plan_labels)
from yarlung_pos.services.labels import make_labels
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.cart_model import unit_name
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import TWO_LINE_ROLE, TwoLineDelegate

SEARCH_DELAY_MS = 150
PREVIEW_DELAY_MS = 200
PREVIEW_DPI = 150
MAX_COPIES = 999
#: language choices offered, in stacking order: one script, two in either order, all three
#: (settings may hold another order; it is added)
LANGUAGE_CHOICES: tuple[tuple[str, ...], ...] = (
    ("bo", "zh"), ("zh", "bo"), ("zh",), ("bo",), ("en",), ("zh", "en"), ("en", "zh"), ("bo", "en"), ("en", "bo"),
    ("bo", "zh", "en"))
_COL_SKU, _COL_NAME, _COL_COPIES, _COL_REMOVE = range(4)


def labels_cache_dir() -> Path:
    """Where "Open in viewer" writes its PDFs: ``labels/`` in the per-user cache folder."""
    import platformdirs
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "labels"


class _StopPreview(Exception):
    """Raised by the preview's ``new_page`` callback: only the first page is drawn."""


def _stop_preview() -> None:
    """Ends :func:`paint_labels` after the first page (a module-level function: lupdate loses
    the class context of later classes after a nested ``def`` in a ``try`` block)."""
    raise _StopPreview


def render_first_page(job: LabelJob, offset_mm: tuple[float, float], dpi: float = PREVIEW_DPI) -> QImage:
    """The first page of ``job`` as a white image at ``dpi``: the sheet's sticker outlines
    (where the stickers are, before calibration), the positions skipped by the start position
    greyed, and the labels drawn by :func:`paint_labels` exactly as for the PDF."""
    t = job.template
    px = dpi / 25.4
    image = QImage(max(1, round(t.page_w * px)), max(1, round(t.page_h * px)), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        if not t.is_roll:
            pen = QPen(QColor("#9ab7d3"))
            pen.setWidthF(max(1.0, 0.2 * px))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for slot in range(t.per_page):
                col, row = slot % t.cols, slot // t.cols
                r = QRectF((t.left + col * t.pitch_x) * px, (t.top + row * t.pitch_y) * px, t.label_w * px, t.label_h * px)
                if slot < job.start - 1:
                    painter.fillRect(r, QColor("#d5d5d5"))  # already used on this sheet
                painter.drawRect(r)
            painter.setPen(QPen(QColor("black")))
        try:
            paint_labels(painter, dpi, job, offset_mm, _stop_preview)
        except _StopPreview:
            pass
    finally:
        painter.end()
    return image


class _PreviewLabel(QLabel):
    """Shows an image scaled to fit (keeping its shape), rescaled when resized."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(300, 380)
        self.setStyleSheet("background: #6f7377; color: white;")

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self._rescale()

    def image(self) -> QImage | None:
        """The full-size rendered page (``None`` when there is no preview)."""
        return self._image

    def _rescale(self) -> None:
        if self._image is None or self._image.isNull():
            self.setPixmap(QPixmap())
            return
        ratio = self.devicePixelRatioF()
        room = self.contentsRect().size() - QSizeF(16, 16).toSize()
        pixmap = QPixmap.fromImage(self._image).scaled(
            max(1, round(room.width() * ratio)), max(1, round(room.height() * ratio)),
            Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._rescale()


class LabelsDialog(QDialog):
    """The "Labels" screen of ``service``'s store: products and copies, template, start
    position, languages and calibration, a live preview, and Save PDF / Open in viewer /
    Print.  Callers may preset the products with :meth:`set_items`."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("labelsDialog")
        self.setWindowTitle(self.tr("Labels"))
        self.service = service
        self._products: list[LabelProduct] = []  # table rows, in order
        self._offsets: dict[str, tuple[float, float]] = dict(service.settings.label_offsets)
        self._last_dir: Path | None = None
        self.job: LabelJob | None = None  # the request as last checked (None: nothing to print)

        # --- choosing products --------------------------------------------------------
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
        for c in service.categories():
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

        # --- chosen products ----------------------------------------------------------
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
        table_box.addWidget(QLabel(self.tr("Labels to print (Delete removes the selected rows)")))
        table_box.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(clear_button)
        table_box.addLayout(row)

        # --- options ------------------------------------------------------------------
        self.template_combo = QComboBox(objectName="labelTemplateCombo")
        for t in TEMPLATES.values():
            self.template_combo.addItem(f"{t.name} — {t.description}", t.name)
        self.start_spin = QSpinBox(objectName="labelStartSpin")
        self.start_spin.setRange(1, 1)
        self.start_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)
        self.start_spin.setToolTip(self.tr("Position of the first label on a partly used sheet "
                                           "(counted left to right, top to bottom)"))
        self.languages_combo = QComboBox(objectName="labelLanguagesCombo")
        names = {"bo": self.tr("Tibetan"), "zh": self.tr("Chinese"), "en": self.tr("English")}
        choices = list(LANGUAGE_CHOICES)
        default = tuple(service.settings.label_languages)
        if default and default not in choices:
            choices.append(default)
        for langs in choices:
            self.languages_combo.addItem(" + ".join(names.get(x, x) for x in langs), ",".join(langs))
        self.languages_combo.setCurrentIndex(max(0, self.languages_combo.findData(",".join(default))))
        self.offset_x = self._offset_spin("labelOffsetX", self.tr("Move the print right (negative: left)"))
        self.offset_y = self._offset_spin("labelOffsetY", self.tr("Move the print down (negative: up)"))
        self.save_calibration_button = QPushButton(self.tr("Save calibration"), objectName="saveCalibrationButton")
        self.save_calibration_button.clicked.connect(self.save_calibration)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("right")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("down")))
        offsets.addWidget(self.offset_y)
        offsets.addWidget(self.save_calibration_button)
        offsets.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Label stock"), self.template_combo)
        form.addRow(self.tr("Start at label"), self.start_spin)
        form.addRow(self.tr("Names in"), self.languages_combo)
        form.addRow(self.tr("Calibration (mm)"), offsets)
        options = QGroupBox(self.tr("Options"))
        options.setLayout(form)
        table_box.addWidget(options)

        # --- preview ------------------------------------------------------------------
        self.preview = _PreviewLabel(objectName="labelPreview")
        self.summary_label = QLabel(objectName="labelSummaryLabel")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview_box = QVBoxLayout()
        preview_box.addWidget(QLabel(self.tr("Preview (first page)")))
        preview_box.addWidget(self.preview, 1)
        preview_box.addWidget(self.summary_label)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        # --- bottom -------------------------------------------------------------------
        self.message = QLabel(objectName="labelsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save PDF…"), objectName="saveLabelsPdfButton")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button = QPushButton(self.tr("Open in viewer"), objectName="openLabelsPdfButton")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.print_button = QPushButton(self.tr("Print…"), objectName="printLabelsButton")
        self.print_button.clicked.connect(self._on_print_clicked)
        close_button = QPushButton(self.tr("Close"), objectName="closeLabelsButton")
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for b in (self.save_button, self.open_button, self.print_button, close_button):
            buttons.addWidget(b)

        columns = QHBoxLayout()
        for box, stretch, width in ((left, 0, 300), (table_box, 1, 460), (preview_box, 0, 340)):
            holder = QWidget()
            holder.setLayout(box)
            box.setContentsMargins(0, 0, 0, 0)
            holder.setMinimumWidth(width)
            columns.addWidget(holder, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.resize(1280, 760)
        # Enter belongs to the search field (and scanners), never to a "default" button
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.start_spin.valueChanged.connect(self._schedule_preview)
        self.languages_combo.currentIndexChanged.connect(self._schedule_preview)
        self._on_template_changed()
        self._items_changed()
        self.search_input.setFocus()

    def _offset_spin(self, name: str, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name)
        spin.setRange(-10.0, 10.0)
        spin.setSingleStep(0.1)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setToolTip(tip)
        spin.valueChanged.connect(self._on_offset_changed)
        return spin

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
        self._items_changed()

    def add_product(self, sku: str, copies: int = 1) -> None:
        """Add ``copies`` labels of ``sku`` (one more row, or more copies on its row).
        Raises :class:`LabelError` for an unknown SKU."""
        for product, n in self._resolve([(sku, copies)]):
            self._add(product, n)
        self._items_changed()

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
        self._items_changed()
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
            self._items_changed()

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
            self._items_changed()

    def _remove_row(self, row: int) -> None:
        self.table.removeRow(row)
        del self._products[row]

    def _items_changed(self, *_args) -> None:
        has_items = bool(self._products)
        for b in (self.save_button, self.open_button, self.print_button):
            b.setEnabled(has_items)
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

    # ------------------------------------------------------------------ options
    def template(self) -> LabelTemplate:
        """The chosen label stock."""
        return TEMPLATES[self.template_combo.currentData()]

    def set_template(self, name: str) -> None:
        """Choose the template ``name``; raises :class:`LabelError` for an unknown one."""
        index = self.template_combo.findData(name)
        if index < 0:
            raise LabelError(f"unknown template {name!r} (known: {', '.join(TEMPLATES)})")
        self.template_combo.setCurrentIndex(index)

    def languages(self) -> tuple[str, ...]:
        """The chosen label languages, in print order."""
        return tuple(self.languages_combo.currentData().split(","))

    def offset(self) -> tuple[float, float]:
        """The calibration (right, down) mm shown for the chosen template."""
        return (round(self.offset_x.value(), 1), round(self.offset_y.value(), 1))

    def _on_template_changed(self, *_args) -> None:
        t = self.template()
        self.start_spin.setMaximum(t.per_page)
        self.start_spin.setEnabled(not t.is_roll)
        dx, dy = self._offsets.get(t.name, (0.0, 0.0))
        for spin, value in ((self.offset_x, dx), (self.offset_y, dy)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._schedule_preview()

    def _on_offset_changed(self, *_args) -> None:
        self._offsets[self.template().name] = self.offset()
        self._schedule_preview()

    def save_calibration(self) -> bool:
        """Store the chosen template's calibration in the settings and write the settings
        file; on failure show why (the values stay as typed).  Returns True when saved."""
        name = self.template().name
        settings = self.service.settings
        offsets = dict(settings.label_offsets)
        offsets[name] = self.offset()
        candidate = replace(settings, label_offsets=offsets)
        try:
            path = save_settings(candidate)
        except (SettingsError, OSError) as exc:
            self._show(self.tr("Calibration not saved: {0}").format(str(exc)), error=True)
            return False
        settings.label_offsets = offsets
        settings.path = path
        dx, dy = offsets[name]
        self._show(self.tr("Calibration of {0} saved: {1:g} mm right, {2:g} mm down.").format(name, dx, dy),
                   error=False)
        return True

    # ------------------------------------------------------------------ preview
    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def check(self) -> LabelJob:
        """The request as chosen, checked and laid out; raises :class:`LabelError`."""
        return plan_labels(self.items(), self.template(), self.service.settings.label_url_base,
                           self.languages(), self.start_spin.value())

    def refresh_preview(self) -> None:
        """Check the request and draw its first page (called ~200 ms after each change)."""
        self._preview_timer.stop()
        self.job = None
        if not self._products:
            self.preview.set_image(None)
            self.preview.setText(self.tr("No labels yet"))
            self.summary_label.setText("")
            self._show(self.tr("Add products on the left: search, scan a label, or add a whole category."),
                       error=False, hint=True)
            self._set_output_enabled(False)
            return
        try:
            job = self.check()
            # sheets at 150 dpi (a whole A4 page); a roll label is small: sharper
            image = render_first_page(job, self.offset(), PREVIEW_DPI if not job.template.is_roll else 2 * PREVIEW_DPI)
        except LabelError as exc:
            self.preview.set_image(None)
            self.preview.setText(self.tr("No preview"))
            self.summary_label.setText("")
            self._show(self.tr("These labels cannot be made: {0}").format(str(exc)), error=True)
            self._set_output_enabled(False)
            return
        self.job = job
        self.preview.set_image(image)
        self.summary_label.setText(self._summary(job.count, job.pages))
        if self.message.property("kind") in ("error", "hint"):
            self._show("", error=False)
        self._set_output_enabled(True)

    def _summary(self, count: int, pages: int) -> str:
        """``"N labels on M pages"`` (singulars spelled out)."""
        if count == 1:
            return self.tr("1 label on 1 page")
        if pages == 1:
            return self.tr("{0} labels on 1 page").format(count)
        return self.tr("{0} labels on {1} pages").format(count, pages)

    def _set_output_enabled(self, enabled: bool) -> None:
        for b in (self.save_button, self.open_button, self.print_button):
            b.setEnabled(enabled)

    def _show(self, text: str, error: bool, hint: bool = False) -> None:
        self.message.setProperty("kind", "error" if error else ("hint" if hint else "ok"))
        self.message.setStyleSheet("color: #b00020;" if error else ("color: #555;" if hint else "color: #1b5e20;"))
        self.message.setText(text)

    # ------------------------------------------------------------------ output
    def _settings_for_output(self):
        """The settings with the calibration as shown (saved or not) for the chosen template."""
        settings = self.service.settings
        return replace(settings, label_offsets={**settings.label_offsets, self.template().name: self.offset()})

    def save_pdf(self, path: Path) -> LabelRun:
        """Write the labels as chosen to the PDF ``path``.  Raises :class:`LabelError` or
        ``OSError`` (nothing is written then)."""
        run = make_labels(self.service.store, self.items(), self.template().name, Path(path),
                          self._settings_for_output(), self.languages(), self.start_spin.value())
        return run

    def open_in_viewer(self) -> Path:
        """Write the labels to a new PDF in the cache folder and open it in the system's PDF
        viewer; returns the file.  Raises :class:`LabelError` or ``OSError``."""
        folder = labels_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        _remove_old_pdfs(folder)
        path = folder / f"labels-{self.template().name}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.pdf"
        n = 1
        while path.exists():
            n += 1
            path = path.with_name(f"{path.stem.rsplit('~', 1)[0]}~{n}.pdf")
        run = self.save_pdf(path)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._done(run, self.tr("opened {0}").format(path))
        else:
            self._show(self.tr("Saved to {0}, but no PDF viewer could be opened.").format(path), error=True)
        return path

    def print_to(self, printer) -> LabelRun:
        """Paint the labels on ``printer`` (a ``QPrinter``): page = the template's sheet or
        label with no margins, 100 % scale, the same drawing as the PDF.  Raises
        :class:`LabelError` (nothing is printed then)."""
        job = self.check()
        t = job.template
        printer.setFullPage(True)
        layout = QPageLayout(QPageSize(QSizeF(t.page_w, t.page_h), QPageSize.Unit.Millimeter, t.name),
                             QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        if not printer.setPageLayout(layout):
            raise LabelError(f"the printer does not take {t.page_w:g} × {t.page_h:g} mm pages ({t.name})")
        painter = QPainter()
        if not painter.begin(printer):
            raise LabelError("the printer could not be started")
        try:
            run = paint_labels(painter, printer.resolution(), job, self.offset(), printer.newPage)
        finally:
            painter.end()
        return run

    def _done(self, run: LabelRun, where: str) -> None:
        self._show(self.tr("{0} — {1}.").format(self._summary(len(run.labels), run.pages), where), error=False)

    def _on_save_clicked(self) -> None:
        start = self._last_dir or Path.home()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save labels as PDF"),
                                              str(start / f"labels-{self.template().name}.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            run = self.save_pdf(path)
        except (LabelError, OSError) as exc:
            self._show(self.tr("PDF not saved: {0}").format(str(exc)), error=True)
            return
        self._last_dir = path.parent
        self._done(run, self.tr("saved to {0}").format(path))

    def _on_open_clicked(self) -> None:
        try:
            self.open_in_viewer()
        except (LabelError, OSError) as exc:
            self._show(self.tr("PDF not made: {0}").format(str(exc)), error=True)

    def _on_print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        try:
            job = self.check()
        except LabelError as exc:
            self._show(str(exc), error=True)
            return
        t = job.template
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QSizeF(t.page_w, t.page_h), QPageSize.Unit.Millimeter, t.name),
                                          QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setDocName(f"Yarlung labels ({t.name})")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print labels"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            run = self.print_to(printer)
        except LabelError as exc:
            self._show(self.tr("Not printed: {0}").format(str(exc)), error=True)
            return
        self._done(run, self.tr("sent to {0}").format(printer.printerName() or printer.outputFileName()))


def _remove_old_pdfs(folder: Path, max_age_s: float = 24 * 3600) -> None:
    """Best effort: drop label PDFs made for the viewer more than a day ago."""
    cutoff = time.time() - max_age_s
    for p in folder.glob("labels-*.pdf"):
        try:
            if p.stat().st_mtime < cutoff:
                p.unlink()
        except OSError:
            pass
