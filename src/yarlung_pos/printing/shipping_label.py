"""Shipping labels for home deliveries (issue #16): a China Post / EMS style 面单, as a PDF
(one page per label, the page the size of the label) and as a 1-bit raster for a thermal
label printer, with the TSPL bytes such printers take.

A label shows, top to bottom: the carrier and the delivery number; the carrier's tracking
number as Code 128 bars (when known; python-barcode gives the module pattern, the bars are
painted here as filled rectangles on whole printer dots); the recipient (收件人: name, the
Tibetan name when given, the full phone — the post office needs it —, the Chinese address,
wrapped and shrunk to fit, never cut); the sender (寄件人: the hall); weight, carrier,
requested date and sale number beside a QR code of the delivery number.  Fixed texts are
Chinese (the post office reads Chinese), with Tibetan beside the two party headings.

Text is laid out with :class:`yarlung_pos.printing.raster.Paragraph` (Qt's QTextLayout,
HarfBuzz shaping, the shipped fonts), so the PDF and the raster are painted by the same code
(:func:`layout_shipping_label`, then :func:`paint_shipping_label`).  Lengths are millimetres;
:class:`~yarlung_pos.printing.labels.Box` es are measured from the label's bottom-left corner.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt

from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError
from yarlung_pos.printing.labels import DOT_MM, PDF_DPI, Box, _qr_matrix
from yarlung_pos.printing.raster import Paragraph, make_font

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image as PILImage

__all__ = ["SHIPPING_TEMPLATES", "Sender", "ShippingLabel", "ShippingLabelError", "ShippingLayout", "PlacedText",
           "code128_modules", "dots_per_mm", "format_weight", "layout_shipping_label", "paint_shipping_label",
           "render_shipping_labels_pdf", "shipping_label_image", "tspl_bitmap", "write_pdf"]

#: label stocks: name → (width, height) in mm
SHIPPING_TEMPLATES: dict[str, tuple[int, int]] = {"100x150": (100, 150), "100x180": (100, 180)}

MARGIN_MM = 3.0
#: Code 128: quiet zone on each side, in modules (ISO/IEC 15417 asks for at least 10)
QUIET_MODULES_128 = 10
#: bar heights of the Code 128 symbol, and the module widths tried (printer dots, widest first)
BAR_HEIGHT_MM = 15.0
BAR_MODULE_DOTS = (4, 3, 2)
QR_TARGET_MM = 24.0
QR_QUIET = 4
#: thermal printers' real dot pitch: "203 dpi" heads are 8 dots/mm, "300 dpi" ones 12
THERMAL_DOTS_PER_MM = {203: 8.0, 300: 12.0}
#: the recipient's name size is tried from the first down to the second (mm, steps of 0.25)
NAME_MM = (7.5, 3.5)  # from 64 px up Qt draws no synthetic bold for the Chinese font
CARRIER_ZH = {"China Post": "中国邮政", "EMS": "EMS 中国邮政速递"}

T_UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("DomainError", "{size} is not a shipping label size; the sizes are {known}")
T_NO_LABELS = QT_TRANSLATE_NOOP("DomainError", "There is no shipping label to print.")
T_TOO_LONG = QT_TRANSLATE_NOOP("DomainError", "The recipient's name and address do not fit on a {size} label; "
                                              "shorten the address.")
T_TRACKING_TOO_LONG = QT_TRANSLATE_NOOP("DomainError", "The tracking number {tracking} is too long for the "
                                                       "label's barcode.")
#: the English reason of the ``OutputError`` (an ``OSError``) when Qt cannot write the PDF
NOT_WRITTEN = "{path} could not be written; check that the folder is writable and the disk is not full"


class ShippingLabelError(DomainError):
    """A shipping label that cannot be made (unknown size, recipient too long, no labels)."""


@dataclass(frozen=True)
class Sender:
    """The sender printed on a label: the hall's names in Chinese and Tibetan, its address
    on one Chinese line and its phone."""

    name_zh: str
    name_bo: str
    address_zh: str
    phone: str


@dataclass(frozen=True)
class ShippingLabel:
    """One parcel's label.  ``number``: the delivery number (``D-T01-000001``, the QR code's
    content); ``name``: the recipient in any script, ``name_bo`` in Tibetan or ``None``;
    ``phone`` in full; ``address_lines``: Chinese lines (:meth:`Address.lines
    <yarlung_pos.domain.delivery.Address.lines>`); ``weight_g`` grams or ``None``;
    ``tracking``: the carrier's number (Code 128 bars) or ``None``; ``requested_date``
    ``YYYY-MM-DD`` or ``None``; ``sale_number`` the sale the parcel was paid by."""

    number: str
    sender: Sender
    name: str
    name_bo: str | None
    phone: str
    address_lines: list[str]
    weight_g: int | None
    tracking: str | None
    carrier: str | None
    requested_date: str | None
    sale_number: str


@dataclass(frozen=True)
class PlacedText:
    """A text block on the label: its ``key`` (``recipient_name``, ``address``, …), the whole
    ``text`` laid out (never shortened) and the ``box`` its lines cover, in mm."""

    key: str
    text: str
    box: Box


@dataclass
class ShippingLayout:
    """A label laid out for a device of ``dots_per_mm``: the label's ``page`` box, every
    :class:`PlacedText`, the barcode's box (quiet zones included; ``None`` without tracking
    number) and module, the QR code's box (quiet zone included) and module, all in mm, and
    the recipient name's size in mm after shrinking to fit."""

    template: str
    dots_per_mm: float
    page: Box
    texts: list[PlacedText] = field(default_factory=list)
    barcode: Box | None = None
    barcode_module_mm: float | None = None
    qr: Box | None = None
    qr_module_mm: float = 0.0
    name_mm: float = 0.0
    ops: list = field(default_factory=list, repr=False)  # painting: ("text"|"fill"|"frame", …) in dots

    def text(self, key: str) -> list[PlacedText]:
        """The placed texts called ``key``."""
        return [t for t in self.texts if t.key == key]


def dots_per_mm(dpi: float) -> float:
    """Device dots per millimetre: a thermal head sold as 203 dpi has 8 dots/mm (300 dpi: 12),
    so a 100 mm label is 800 dots wide; any other resolution is ``dpi / 25.4``."""
    return THERMAL_DOTS_PER_MM.get(dpi, dpi / 25.4)


def format_weight(weight_g: int) -> str:
    """Grams as kg with at most 3 decimals, trailing zeros dropped: ``1250 → "1.25 kg"``,
    ``1000 → "1 kg"``, ``5 → "0.005 kg"``."""
    kg = (Decimal(int(weight_g)) / 1000).normalize()
    return f"{kg:f} kg"


def code128_modules(data: str) -> str:
    """The Code 128 module pattern of ``data`` (start, data, check and stop characters, no
    quiet zone) as a string of ``"1"`` (bar) and ``"0"`` (space) — python-barcode's encoder
    (its ``Code128.build()``; code sets switched to C for runs of digits).  Source: ISO/IEC
    15417.  Raises ``barcode.errors.IllegalCharacterError`` for characters Code 128 lacks."""
    from barcode import Code128
    return Code128(data).build()[0]


def _template(name: str) -> tuple[int, int]:
    try:
        return SHIPPING_TEMPLATES[name]
    except (KeyError, TypeError):
        raise ShippingLabelError(T_UNKNOWN_TEMPLATE, size=str(name), known=", ".join(SHIPPING_TEMPLATES)) from None


class _Builder:
    """Collects painting operations and placed boxes, in dots with the origin top left."""

    def __init__(self, lay: ShippingLayout, height_mm: float):
        self.lay, self.ppm, self.h_mm = lay, lay.dots_per_mm, height_mm

    def mm_box(self, x: float, y: float, w: float, h: float) -> Box:
        """Dots (top-left origin) → a :class:`Box` in mm (bottom-left origin)."""
        return Box(x / self.ppm, self.h_mm - (y + h) / self.ppm, w / self.ppm, h / self.ppm)

    def para(self, text: str, size_mm: float, x: float, width: float, bold: bool = False,
             align=Qt.AlignmentFlag.AlignLeft, tibetan_scale: float = 1.0) -> Paragraph:
        font = make_font(max(1, round(size_mm * self.ppm)), bold)
        return Paragraph(text, font, x, width, align, tibetan_scale)

    def place(self, key: str, p: Paragraph, y: float) -> float:
        """Put ``p`` with its top at ``y``; returns the y under it."""
        rects = [p.layout.lineAt(i).naturalTextRect() for i in range(p.layout.lineCount())]
        left = min((r.left() for r in rects), default=0.0)
        right = max((r.right() for r in rects), default=0.0)
        self.lay.ops.append(("text", p, y))
        self.lay.texts.append(PlacedText(key, p.layout.text(), self.mm_box(p.x + left, y, right - left, p.height)))
        return y + p.height

    def fill(self, x: float, y: float, w: float, h: float) -> None:
        self.lay.ops.append(("fill", QRectF(x, y, w, h)))

    def frame(self, x: float, y: float, w: float, h: float, t: float) -> None:
        for r in ((x, y, w, t), (x, y + h - t, w, t), (x, y, t, h), (x + w - t, y, t, h)):
            self.fill(*r)


def _fit_recipient(b: _Builder, label: ShippingLabel, x: float, width: float, room: float):
    """The recipient's paragraphs, as large as fit in ``room`` dots: [(key, Paragraph)]."""
    size = NAME_MM[0]
    while True:
        parts = [("recipient_heading", b.para("收件人  ལེན་མཁན།", max(3.0, size * 0.45), x, width, True,
                                              tibetan_scale=1.3)),
                 ("recipient_name", b.para(label.name, size, x, width, True))]
        if label.name_bo:
            parts.append(("recipient_name_bo", b.para(label.name_bo, size * 1.05, x, width, True)))
        parts.append(("recipient_phone", b.para(label.phone, size * 0.8, x, width, True)))
        for line in label.address_lines:
            parts.append(("address", b.para(line, max(2.5, size * 0.68), x, width)))
        if sum(p.height for _, p in parts) <= room:
            return size, parts
        if size <= NAME_MM[1]:
            raise ShippingLabelError(T_TOO_LONG, size=b.lay.template)
        size = max(NAME_MM[1], size - 0.25)


def layout_shipping_label(label: ShippingLabel, template: str, dots_per_mm_: float) -> ShippingLayout:
    """Lay ``label`` out on the ``template`` stock for a device of ``dots_per_mm_`` dots per
    mm (see :func:`dots_per_mm`).  Returns the :class:`ShippingLayout` (boxes in mm, ready for
    :func:`paint_shipping_label`).  Raises :class:`ShippingLabelError` for an unknown template,
    a recipient that does not fit even at the smallest size, or a tracking number too long for
    bars of 2 dots.  Needs a QGuiApplication (:func:`yarlung_pos.fonts.ensure_gui_app`)."""
    w_mm, h_mm = _template(template)
    ppm = dots_per_mm_
    lay = ShippingLayout(template, ppm, Box(0, 0, w_mm, h_mm))
    b = _Builder(lay, h_mm)
    W, H, m = w_mm * ppm, h_mm * ppm, MARGIN_MM * ppm
    inner = W - 2 * m
    gap = 1.5 * ppm
    rule = max(1.0, round(0.4 * ppm))
    right = Qt.AlignmentFlag.AlignRight
    center = Qt.AlignmentFlag.AlignHCenter

    # Header: the carrier, and the delivery number on the right.
    carrier = CARRIER_ZH.get(label.carrier, label.carrier) if label.carrier else "包裹"
    left_w = inner * 0.5
    y_left = b.place("carrier", b.para(carrier, 5.5, m, left_w, True), m)
    y_right = b.place("number_heading", b.para("配送单号", 2.6, m + left_w, inner - left_w, align=right), m)
    y_right = b.place("number", b.para(label.number, 4.2, m + left_w, inner - left_w, True, right), y_right)
    y = max(y_left, y_right) + gap
    b.fill(m, y, inner, rule)
    y += rule + gap

    # The tracking number: Code 128 bars on whole dots, quiet zones, the number beneath.
    if label.tracking:
        pattern = code128_modules(label.tracking)
        total = len(pattern) + 2 * QUIET_MODULES_128
        dots = next((d for d in BAR_MODULE_DOTS if total * d * DOT_MM <= w_mm - 2 * MARGIN_MM + 1e-9), None)
        if dots is None:
            raise ShippingLabelError(T_TRACKING_TOO_LONG, tracking=label.tracking)
        module_mm = dots * DOT_MM
        x0_mm = round((w_mm - total * module_mm) / 2 / DOT_MM) * DOT_MM  # on the dot grid
        bar_x = (x0_mm + QUIET_MODULES_128 * module_mm) * ppm
        bar_h = BAR_HEIGHT_MM * ppm
        k = 0
        while k < len(pattern):
            e = pattern.find("0", k) if pattern[k] == "1" else pattern.find("1", k)
            e = len(pattern) if e < 0 else e
            if pattern[k] == "1":
                b.fill(bar_x + k * module_mm * ppm, y, (e - k) * module_mm * ppm, bar_h)
            k = e
        lay.barcode = b.mm_box(x0_mm * ppm, y, total * module_mm * ppm, bar_h)
        lay.barcode_module_mm = module_mm
        y = b.place("tracking", b.para(label.tracking, 3.6, m, inner, True, center), y + bar_h + 0.5 * ppm)
    else:
        box_h = 10 * ppm
        b.frame(m, y, inner, box_h, max(1.0, round(0.25 * ppm)))
        b.place("tracking_blank", b.para("运单号", 2.6, m + ppm, inner / 2), y + 0.5 * ppm)
        y += box_h
    y += gap
    b.fill(m, y, inner, rule)
    y += rule + gap

    # Footer (from the bottom): the QR code of the delivery number, the parcel's facts beside it.
    matrix = _qr_matrix(label.number)
    n = len(matrix) + 2 * QR_QUIET
    qr_module = max(0.5, math.floor(QR_TARGET_MM / n / DOT_MM + 1e-9) * DOT_MM)
    qr_size = n * qr_module * ppm
    num = b.para(label.number, 2.6, W - m - qr_size, qr_size, align=center)
    qr_top = H - m - num.height - qr_size
    qr_x = W - m - qr_size
    lay.ops.append(("qr", matrix, qr_x + QR_QUIET * qr_module * ppm, qr_top + QR_QUIET * qr_module * ppm,
                    qr_module * ppm))
    lay.qr, lay.qr_module_mm = b.mm_box(qr_x, qr_top, qr_size, qr_size), qr_module
    b.place("qr_number", num, qr_top + qr_size)
    facts = [("weight", "重量：" + (format_weight(label.weight_g) if label.weight_g else "________ kg")),
             ("carrier_fact", "承运：" + (CARRIER_ZH.get(label.carrier, label.carrier) if label.carrier else "________"))]
    if label.requested_date:
        facts.append(("requested_date", "要求送达：" + label.requested_date))
    facts.append(("sale_number", "销售单：" + label.sale_number))
    facts.append(("signature", "收件人签收：________"))
    fact_w = inner - qr_size - gap
    paras = [(k, b.para(t, 3.2, m, fact_w)) for k, t in facts]
    footer_h = max(qr_size + num.height, sum(p.height for _, p in paras))
    footer_top = H - m - footer_h
    fy = footer_top
    for k, p in paras:
        fy = b.place(k, p, fy)
    b.fill(m, footer_top - gap - rule, inner, rule)

    # The sender (the hall), above the footer.
    s = label.sender
    sender = [("sender_heading", b.para("寄件人  སྐུར་མཁན།", 3.2, m, inner, True, tibetan_scale=1.3)),
              ("sender_name", b.para(f"{s.name_zh}  {s.name_bo}  {s.phone}", 3.0, m, inner, tibetan_scale=1.2)),
              ("sender_address", b.para(s.address_zh, 3.0, m, inner))]
    sender_top = footer_top - 2 * gap - rule - sum(p.height for _, p in sender)
    sy = sender_top
    for k, p in sender:
        sy = b.place(k, p, sy)
    b.fill(m, sender_top - gap - rule, inner, rule)

    # The recipient, as large as the room between the barcode and the sender allows.
    pad = 1.5 * ppm
    frame_t = max(1.0, round(0.5 * ppm))
    room_top, room_bottom = y, sender_top - 2 * gap - rule
    lay.name_mm, parts = _fit_recipient(b, label, m + pad + frame_t, inner - 2 * (pad + frame_t),
                                        room_bottom - room_top - 2 * (pad + frame_t))
    b.frame(m, room_top, inner, room_bottom - room_top, frame_t)
    ry = room_top + pad + frame_t
    for k, p in parts:
        ry = b.place(k, p, ry)
    return lay


def paint_shipping_label(painter, lay: ShippingLayout) -> None:
    """Paint the laid-out label ``lay`` with ``painter`` (a QPainter on a device of
    ``lay.dots_per_mm``), its top-left corner at the device's origin: black on white."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QPainter
    black = QColor(Qt.GlobalColor.black)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setPen(black)
    for op in lay.ops:
        if op[0] == "text":
            op[1].layout.draw(painter, QPointF(op[1].x, op[2]))
        elif op[0] == "fill":
            painter.fillRect(op[1], black)
        else:  # "qr": matrix, x, y, module (dots)
            _, matrix, x, y, mod = op
            for r, row in enumerate(matrix):
                c = 0
                while c < len(row):
                    end = c
                    while end < len(row) and row[end]:
                        end += 1
                    if end > c:
                        painter.fillRect(QRectF(x + c * mod, y + r * mod, (end - c) * mod, mod), black)
                    c = end + 1


def write_pdf(path: Path, dpi: int, title: str, page_layout, pages: list, paint_page) -> int:
    """Write a PDF at ``path`` with Qt's PDF writer at ``dpi``: ``page_layout`` (a
    ``QPageLayout``), one page per item of ``pages``, each painted by ``paint_page(painter,
    item)``.  Returns the number of pages.  The file appears whole or not at all: it is written
    beside ``path`` as ``.<name>.part`` and renamed.  Raises
    :class:`yarlung_pos.fileio.OutputError` (an ``OSError``; ``str()`` the one-line reason)
    when the file cannot be written; what ``paint_page`` raises passes through."""
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    from yarlung_pos.fileio import OutputError, check_output_path
    real = check_output_path(Path(path))
    tmp = real.with_name(f".{real.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(dpi)
    writer.setCreator("Yarlung POS")
    writer.setTitle(title)
    writer.setPageLayout(page_layout)
    painter = QPainter()
    ok = painter.begin(writer)
    try:
        if not ok:
            raise OutputError(NOT_WRITTEN.format(path=path))
        painter.setPen(QColor(Qt.GlobalColor.black))
        for i, page in enumerate(pages):
            if i:
                writer.newPage()
            paint_page(painter, page)
        painter.end()
        del writer
        if not tmp.is_file():
            raise OutputError(NOT_WRITTEN.format(path=path))
        tmp.replace(real)
    except BaseException:
        if painter.isActive():
            painter.end()
        if tmp.is_file():
            tmp.unlink()
        raise
    return len(pages)


def render_shipping_labels_pdf(labels: list[ShippingLabel], template: str, path: Path) -> int:
    """Write ``labels`` to the PDF ``path``, one page per label, the page the size of the
    ``template`` (:data:`SHIPPING_TEMPLATES`, mm), drawn at 1200 dpi with Qt's PDF writer
    (fonts embedded, Tibetan shaped).  Returns the number of pages.  Raises
    :class:`ShippingLabelError` (unknown template, no labels, a recipient that does not fit)
    before writing anything; ``OSError`` (:class:`yarlung_pos.fileio.OutputError` or a plain
    one) when the file cannot be written.  The file appears whole or not at all."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    from yarlung_pos import fonts
    w_mm, h_mm = _template(template)
    if not labels:
        raise ShippingLabelError(T_NO_LABELS)
    fonts.ensure_gui_app()
    ppm = dots_per_mm(PDF_DPI)
    layouts = [layout_shipping_label(lab, template, ppm) for lab in labels]
    size = QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, f"{template} mm",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    return write_pdf(path, PDF_DPI, f"Shipping labels {labels[0].number}",
                     QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)),
                     layouts, paint_shipping_label)


def shipping_label_image(label: ShippingLabel, template: str, dpi: int = 203) -> PILImage:
    """``label`` as a 1-bit Pillow image (mode ``"1"``: 0 = black dot) for a thermal label
    printer of ``dpi`` (203 → 8 dots/mm: 800 × 1200 dots for ``100x150``; see
    :func:`dots_per_mm`).  Painted with Qt into a grayscale QImage and thresholded like the
    receipts (:func:`yarlung_pos.printing.raster.threshold_image`).  Raises
    :class:`ShippingLabelError` as :func:`layout_shipping_label` does."""
    from PySide6.QtGui import QImage, QPainter

    from yarlung_pos import fonts
    from yarlung_pos.printing.raster import threshold_image
    w_mm, h_mm = _template(template)
    fonts.ensure_gui_app()
    ppm = dots_per_mm(dpi)
    lay = layout_shipping_label(label, template, ppm)
    image = QImage(round(w_mm * ppm), round(h_mm * ppm), QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    try:
        paint_shipping_label(painter, lay)
    finally:
        painter.end()
    return threshold_image(image)


def tspl_bitmap(image: PILImage, dpi: int = 203, gap_mm: float = 2.0, copies: int = 1) -> bytes:
    """TSPL commands printing ``image`` (mode ``"1"``, converted if not) as one label, for the
    label printers most Chinese shops use (Gprinter, Xprinter, TSC)::

        SIZE 100 mm,150 mm\\r\\n  GAP 2 mm,0 mm\\r\\n  CLS\\r\\n
        BITMAP 0,0,<width bytes>,<height dots>,0,<raw rows>\\r\\n  PRINT 1,<copies>\\r\\n

    The label size is the image's at ``dpi`` (:func:`dots_per_mm`); ``gap_mm`` the gap between
    labels on the roll.  BITMAP rows are ``ceil(width / 8)`` bytes each, most significant bit
    first, **0 = black dot** (TSPL's sense, the inverse of ESC/POS), mode 0 = overwrite.
    Source: TSC TSPL/TSPL2 Programming Manual (SIZE, GAP, CLS, BITMAP, PRINT).  Raises
    ``ValueError`` for ``copies`` < 1."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    img = image if image.mode == "1" else image.convert("1")
    ppm = dots_per_mm(dpi)
    width_bytes = (img.width + 7) // 8
    rows = img.tobytes()  # Pillow "1": rows padded to whole bytes, MSB first, 1 = white, 0 = black
    head = (f"SIZE {img.width / ppm:g} mm,{img.height / ppm:g} mm\r\n"
            f"GAP {gap_mm:g} mm,0 mm\r\n"
            "CLS\r\n"
            f"BITMAP 0,0,{width_bytes},{img.height},0,").encode("ascii")
    return head + rows + f"\r\nPRINT 1,{copies}\r\n".encode("ascii")
