"""The labels screen's preview: the first page drawn as the PDF and the printer get it, and the
widget that shows it scaled to fit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from yarlung_pos.printing.labels import LabelJob, paint_labels

#: resolution of the preview of a sheet (a roll label, being small, is drawn at twice this)
PREVIEW_DPI = 150


class _StopPreview(Exception):
    """Raised by the preview's ``new_page`` callback: only the first page is drawn."""


def _stop_preview() -> None:
    """Ends :func:`paint_labels` after the first page (a module-level function: lupdate loses
    the class context of later classes after a nested ``def`` in a ``try`` block)."""
    raise _StopPreview


def render_first_page(job: LabelJob, offset_mm: tuple[float, float], dpi: float = PREVIEW_DPI) -> QImage:
    """The first page of ``job`` as a white image at ``dpi`` (dots per inch; the image is the
    template's page size in mm at that resolution): the sheet's sticker outlines (where the
    stickers are, before calibration), the positions skipped by the start position greyed,
    and the labels drawn by :func:`paint_labels` exactly as for the PDF, moved by
    ``offset_mm`` (right, down)."""
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


class PreviewLabel(QLabel):
    """Shows an image scaled to fit (keeping its shape), rescaled when resized; grey with
    white text (e.g. "No preview") when there is no image."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(300, 380)
        self.setStyleSheet("background: #6f7377; color: white;")

    def set_image(self, image: QImage | None) -> None:
        """Show ``image`` (kept at full size), or nothing for ``None``."""
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
