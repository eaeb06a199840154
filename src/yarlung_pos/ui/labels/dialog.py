"""The labels screen: its layout, the live preview and the message line (the parts it is made
of are described in :mod:`yarlung_pos.ui.labels`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from yarlung_pos.printing.labels import LabelError, LabelJob, LabelProduct, plan_labels
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.labels.options import LabelsOptions
from yarlung_pos.ui.labels.output import LabelsOutput
from yarlung_pos.ui.labels.preview import PREVIEW_DPI, PreviewLabel, render_first_page
from yarlung_pos.ui.labels.products import LabelsProducts

PREVIEW_DELAY_MS = 200


class LabelsDialog(LabelsProducts, LabelsOptions, LabelsOutput, QDialog):
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

        left, table_box = self._build_products()
        table_box.addWidget(self._build_options())

        self.preview = PreviewLabel(objectName="labelPreview")
        self.summary_label = QLabel(objectName="labelSummaryLabel")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview_box = QVBoxLayout()
        preview_box.addWidget(QLabel(self.tr("Preview (first page)")))
        preview_box.addWidget(self.preview, 1)
        preview_box.addWidget(self.summary_label)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.message = QLabel(objectName="labelsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        output_buttons = self._build_output()
        close_button = QPushButton(self.tr("Close"), objectName="closeLabelsButton")
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for b in (*output_buttons, close_button):
            buttons.addWidget(b)

        columns = QHBoxLayout()
        for box, stretch, width in ((left, 0, 300), (table_box, 1, 320), (preview_box, 0, 280)):  # fits 1024 px
            holder = QWidget()
            holder.setLayout(box)
            box.setContentsMargins(0, 0, 0, 0)
            holder.setMinimumWidth(width)
            columns.addWidget(holder, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        from yarlung_pos.ui.widgets import fit_to_screen
        fit_to_screen(self, 1280, 760)  # never larger than the screen (issue #15)
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

    def _show(self, text: str, error: bool, hint: bool = False) -> None:
        self.message.setProperty("kind", "error" if error else ("hint" if hint else "ok"))
        self.message.setStyleSheet("color: #b00020;" if error else ("color: #555;" if hint else "color: #1b5e20;"))
        self.message.setText(text)
