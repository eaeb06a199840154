"""Raster layout: paper-wide 1-bit images built from blocks of shaped text, rules and QR codes.

Thermal ESC/POS printers have no Tibetan (and often no usable Chinese) fonts, so receipts and
shift reports are drawn here with Qt -- which shapes Tibetan stacks with HarfBuzz -- onto a
QImage exactly ``width_dots`` wide (384 dots for 58 mm paper, 576 for 80 mm, both at 203 dpi),
thresholded to a 1-bit Pillow image.  That same image is the on-screen preview
(:func:`pil_to_qimage`) and the raster sent to the printer, so what the cashier sees is what
prints.

A document is a list of :class:`Block` s stacked top to bottom: :class:`Paragraph` (wrapping
text), :class:`Row` (label and right-aligned value), :class:`Rule`, :class:`Banner`,
:class:`QRBlock` and :class:`Gap`.  Sizes come from :class:`Style` (all in dots) and fonts
from :func:`make_font`; :func:`render_blocks` paints the list.  What a receipt or report says
lives elsewhere (:mod:`yarlung_pos.printing.receipt_text`); this module only places it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import qrcode
from PIL import Image
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from yarlung_pos import fonts

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image as PILImage

__all__ = [
    "MAX_WIDTH_DOTS",
    "MIN_WIDTH_DOTS",
    "PAPER_58MM_DOTS",
    "PAPER_80MM_DOTS",
    "TIBETAN_LABEL_SCALE",
    "Banner",
    "Block",
    "Gap",
    "Paragraph",
    "QRBlock",
    "Row",
    "Rule",
    "Style",
    "check_width_dots",
    "make_font",
    "pil_to_qimage",
    "render_blocks",
    "threshold_image",
    "tibetan_scale",
]

#: Printable dot width of 58 mm paper at 203 dpi.
PAPER_58MM_DOTS = 384
#: Printable dot width of 80 mm paper at 203 dpi.
PAPER_80MM_DOTS = 576
#: The narrowest and widest paper (in dots) a document may be rendered for.
MIN_WIDTH_DOTS = 200
MAX_WIDTH_DOTS = 2400


def check_width_dots(width_dots: object) -> int:
    """``width_dots`` if it is an int from :data:`MIN_WIDTH_DOTS` to :data:`MAX_WIDTH_DOTS`
    (dots at 203 dpi).  Raises ``TypeError`` for anything but an int (bools included) and
    ``ValueError`` for a width out of range."""
    if isinstance(width_dots, bool) or not isinstance(width_dots, int):
        raise TypeError(f"width_dots must be an int, got {type(width_dots).__name__}")
    if not MIN_WIDTH_DOTS <= width_dots <= MAX_WIDTH_DOTS:
        raise ValueError(f"width_dots must be between {MIN_WIDTH_DOTS} and {MAX_WIDTH_DOTS}, got {width_dots}")
    return width_dots


# ---------------------------------------------------------------------- style




@dataclass(frozen=True)
class Style:
    """Pixel sizes, all in dots, for one paper width (build it with :meth:`for_width`).

    Attributes:
        width: the paper's printable width; margin: left and right margin.
        shop_bo / shop_zh / shop_en: pixel size of the shop name in each script.
        small / body / total: pixel sizes of small print, body text and the total.
        name_bo: pixel size of Tibetan product names (larger than ``body``: Tibetan
            letters are small for their pixel size).
        gap: vertical space between sections and padding around rules and banners;
            item_gap: space between sold lines; indent: indent of detail rows.
        rule: thickness of a rule.
        qr_min_module / qr_max_module: dots per QR module, at least / at most;
            qr_target: the width a QR code aims for.
    """

    width: int
    margin: int
    shop_bo: int
    shop_zh: int
    shop_en: int
    small: int
    body: int
    name_bo: int
    total: int
    gap: int
    item_gap: int
    indent: int
    rule: int
    qr_min_module: int
    qr_max_module: int
    qr_target: int

    @classmethod
    def for_width(cls, width: int) -> Style:
        """The sizes for paper ``width`` dots wide (576 = 80 mm, 384 = 58 mm at 203 dpi);
        the width is not checked here (see :func:`check_width_dots`)."""
        # Text shrinks slower than the paper: 58 mm receipts keep readable
        # (≈ 20-dot) body text at the cost of fewer characters per line.
        s = math.sqrt(width / PAPER_80MM_DOTS)

        def px(v: float) -> int:
            return max(10, round(v * s))

        return cls(
            width=width,
            margin=max(6, round(8 * width / PAPER_80MM_DOTS)),
            shop_bo=px(38),
            shop_zh=px(36),
            shop_en=px(26),
            small=px(19),
            body=px(24),
            name_bo=px(28),
            total=px(36),
            gap=px(10),
            item_gap=px(12),
            indent=px(16),
            rule=2,
            qr_min_module=4 if width >= PAPER_80MM_DOTS else 3,
            qr_max_module=8,
            qr_target=round(width * (0.5 if width >= PAPER_80MM_DOTS else 0.6)),
        )


# Grey level below which an antialiased pixel becomes a printed dot.  Text is
# rendered antialiased and unhinted (faithful outlines), then thresholded: a
# pixel with at least ~40 % ink coverage prints.  That is a touch darker than
# a plain 50 % cut and keeps the thin strokes of Noto Serif Tibetan's
# subjoined letters and vowel signs continuous at 20-28 dots.
_INK_THRESHOLD = 154
#: Tibetan words in fixed labels print up to this much larger than the label's Chinese
#: and English (at the same pixel size Tibetan letters are about a third smaller), but
#: never larger than the Tibetan product names (see :func:`tibetan_scale`).
TIBETAN_LABEL_SCALE = 1.25
_THRESHOLD_LUT = [0 if v < _INK_THRESHOLD else 255 for v in range(256)]


def tibetan_scale(font: QFont, st: Style) -> float:
    """How much larger Tibetan runs of a label set in ``font`` print: up to
    :data:`TIBETAN_LABEL_SCALE`, up to the product-name size ``st.name_bo``, never
    smaller (the big total stays as it is, so it still fits beside its amount)."""
    return min(TIBETAN_LABEL_SCALE, max(1.0, st.name_bo / font.pixelSize()))


def make_font(pixel_size: int, bold: bool = False) -> QFont:
    """The app's font (shipped Noto Sans, Noto Serif Tibetan and a Chinese fallback; see
    :func:`yarlung_pos.fonts.app_font`) at ``pixel_size`` dots, unhinted for faithful
    outlines.  Needs a QGuiApplication (:func:`yarlung_pos.fonts.ensure_gui_app`)."""
    font = fonts.app_font(bold=bold)
    font.setPixelSize(pixel_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


_nominal_cache: dict[tuple[str, int, bool], tuple[float, float]] = {}


def _nominal_metrics(font: QFont) -> tuple[float, float]:
    """Ascent and descent of the primary (Latin) family at this size.

    Every line gets at least this much room, so Latin/Chinese lines have the
    usual even spacing; Tibetan lines grow only as far as their ink needs
    (Noto Serif Tibetan's own line metrics are sized for the deepest Sanskrit
    stacks and would waste a lot of paper).
    """
    families = font.families()
    primary = families[0] if families else font.family()
    key = (primary, font.pixelSize(), font.bold())
    cached = _nominal_cache.get(key)
    if cached is None:
        latin = QFont(font)
        latin.setFamilies([primary])
        fm = QFontMetricsF(latin)
        cached = _nominal_cache[key] = (fm.ascent(), fm.descent())
    return cached


def _ink_extent(line) -> tuple[float, float] | None:
    """Ink top and bottom of a laid-out QTextLine, relative to its baseline."""
    top = bottom = None
    baseline = line.position().y() + line.ascent()
    for run in line.glyphRuns():
        raw = run.rawFont()
        for glyph, pos in zip(run.glyphIndexes(), run.positions()):
            r = raw.boundingRect(glyph)
            if r.isEmpty():
                continue
            t, b = pos.y() + r.top() - baseline, pos.y() + r.bottom() - baseline
            top = t if top is None or t < top else top
            bottom = b if bottom is None or b > bottom else bottom
    return None if top is None else (top, bottom)


class Block:
    """One piece of a document, laid out when it is made: :attr:`height` dots tall, the full
    width of its column; :func:`render_blocks` stacks blocks top to bottom."""

    #: height in dots, fixed once the block is laid out
    height: int = 0

    def paint(self, painter: QPainter, y: int) -> None:  # pragma: no cover - abstract
        """Draw the block with its top at ``y`` dots (black on white)."""
        raise NotImplementedError


class Gap(Block):
    """Empty vertical space ``height`` dots tall."""

    def __init__(self, height: int) -> None:
        self.height = height

    def paint(self, painter: QPainter, y: int) -> None:
        pass


def _tibetan_ranges(text: str) -> list[tuple[int, int]]:
    """(start, length) of each run of Tibetan characters (U+0F00-U+0FFF) in ``text``."""
    out: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(text + "\0"):
        tib = "\u0f00" <= ch <= "\u0fff"
        if tib and start is None:
            start = i
        elif not tib and start is not None:
            out.append((start, i - start))
            start = None
    return out


class Paragraph(Block):
    """A paragraph laid out once with QTextLayout; wraps, never clips.

    ``text`` is set in ``font`` at ``x`` dots in a column ``width`` dots wide, aligned by
    ``align``; U+2028 breaks a line.  ``tibetan_scale`` enlarges Tibetan runs (fixed labels
    at label size would be hard to read: Tibetan letters are small for their pixel size);
    1 leaves the text as one font.  After layout, :attr:`layout` is the QTextLayout (its
    ``text()`` is what prints), :attr:`natural_width` the widest line and
    :attr:`first_ascent` the first baseline's distance from the top, in dots.
    """

    def __init__(
        self,
        text: str,
        font: QFont,
        x: int,
        width: int,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        tibetan_scale: float = 1.0,
    ) -> None:
        self.x = x
        self.layout = QTextLayout(text, font)
        if tibetan_scale != 1.0:
            ranges = []
            for start, length in _tibetan_ranges(text):
                big = QFont(font)
                big.setPixelSize(round(font.pixelSize() * tibetan_scale))
                fmt = QTextCharFormat()
                fmt.setFont(big)
                fr = QTextLayout.FormatRange()
                fr.start, fr.length, fr.format = start, length, fmt
                ranges.append(fr)
            if ranges:
                self.layout.setFormats(ranges)
        option = QTextOption(align)
        # Break at word boundaries (spaces, after the Tibetan tsheg, between
        # Han characters); break anywhere only if a word alone is too wide.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)
        lines = []
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, 0))
            lines.append(line)
        self.layout.endLayout()

        # Even baseline pitch for the paragraph: room for the Latin font's
        # ascent/descent, or for the actual ink (tall Tibetan stacks) plus a
        # little padding, whichever is larger.  Nothing is ever clipped.
        above, below = _nominal_metrics(font)
        pad = max(1.0, font.pixelSize() * 0.1)
        self.natural_width = 0.0
        for line in lines:
            self.natural_width = max(self.natural_width, line.naturalTextWidth())
            ink = _ink_extent(line)
            if ink is not None:
                above = max(above, -ink[0] + pad)
                below = max(below, ink[1] + pad)
        above, below = math.ceil(above), math.ceil(below)
        pitch = above + below
        for i, line in enumerate(lines):
            line.setPosition(QPointF(0, above + i * pitch - line.ascent()))
        #: distance from the block top to the first baseline, in dots
        self.first_ascent = above
        self.height = pitch * len(lines)

    def paint(self, painter: QPainter, y: int) -> None:
        self.layout.draw(painter, QPointF(self.x, y))


class Row(Block):
    """Left text and a right-aligned value sharing a baseline.

    The left text wraps in the room the value leaves; if that room is too
    narrow (under 40 % of ``width``) the value moves to its own line,
    right-aligned (:attr:`stacked`).  A ``left`` that carries its words per
    language (:class:`yarlung_pos.printing.receipt_text.Label`, from
    ``join_label``) and does not fit on one line breaks between languages, one a
    line.  ``x``, ``width`` and ``gap`` (the least space between the two) are in
    dots; ``left_tibetan_scale`` as for :class:`Paragraph`.  :attr:`left` and
    :attr:`right` are the two :class:`Paragraph` s.
    """

    def __init__(
        self,
        left: str,
        right: str,
        left_font: QFont,
        right_font: QFont,
        x: int,
        width: int,
        gap: int,
        left_tibetan_scale: float = 1.0,
    ) -> None:
        right_probe = Paragraph(right, right_font, 0, width, Qt.AlignmentFlag.AlignRight)
        right_w = math.ceil(right_probe.natural_width)
        room = width - right_w - gap
        self.stacked = room < width * 0.4
        self.left = Paragraph(left, left_font, x, width if self.stacked else room, tibetan_scale=left_tibetan_scale)
        parts = getattr(left, "parts", ())
        if len(parts) > 1 and self.left.layout.lineCount() > 1:
            # Too long for one line: one language a line (U+2028 LINE SEPARATOR), so no
            # word is cut in two ("现金 / 销售", "ལྷག་ / ཆད།").
            self.left = Paragraph("\u2028".join(parts), left_font, x, width if self.stacked else room,
                              tibetan_scale=left_tibetan_scale)
        self.right = Paragraph(right, right_font, x, width, Qt.AlignmentFlag.AlignRight)
        if self.stacked:
            self.left_y, self.right_y = 0, self.left.height
            self.height = self.left.height + self.right.height
        else:
            base = max(self.left.first_ascent, self.right.first_ascent)
            self.left_y = round(base - self.left.first_ascent)
            self.right_y = round(base - self.right.first_ascent)
            self.height = max(
                self.left_y + self.left.height, self.right_y + self.right.height
            )

    def paint(self, painter: QPainter, y: int) -> None:
        self.left.paint(painter, y + self.left_y)
        self.right.paint(painter, y + self.right_y)


class Rule(Block):
    """A dashed (or solid) horizontal rule ``thickness`` dots thick from ``x`` across
    ``width`` dots, with ``pad`` dots of space above and below."""

    def __init__(self, x: int, width: int, thickness: int, pad: int, dashed: bool) -> None:
        self.x, self.width, self.thickness, self.pad, self.dashed = (
            x, width, thickness, pad, dashed)
        self.height = pad * 2 + thickness

    def paint(self, painter: QPainter, y: int) -> None:
        top = y + self.pad
        if not self.dashed:
            painter.fillRect(QRect(self.x, top, self.width, self.thickness), Qt.GlobalColor.black)
            return
        dash, space = 8, 6
        x = self.x
        end = self.x + self.width
        while x < end:
            w = min(dash, end - x)
            painter.fillRect(QRect(x, top, w, self.thickness), Qt.GlobalColor.black)
            x += dash + space


class Banner(Block):
    """Inverted (white on black) centred text, e.g. a COPY banner on reprints: a black box
    from ``x`` across ``width`` dots with ``pad`` dots around :attr:`text` (a
    :class:`Paragraph`); ``tibetan_scale`` as for :class:`Paragraph`."""

    def __init__(self, text: str, font: QFont, x: int, width: int, pad: int, tibetan_scale: float = 1.0) -> None:
        self.x, self.width, self.pad = x, width, pad
        self.text = Paragraph(text, font, x, width - 2 * pad, Qt.AlignmentFlag.AlignHCenter, tibetan_scale)
        self.text.x = x + pad
        self.height = self.text.height + 2 * pad

    def paint(self, painter: QPainter, y: int) -> None:
        painter.fillRect(QRect(self.x, y, self.width, self.height), Qt.GlobalColor.black)
        painter.save()
        painter.setPen(QColor(Qt.GlobalColor.white))
        self.text.paint(painter, y + self.pad)
        painter.restore()


class QRBlock(Block):
    """A QR code of ``data`` (error correction M, 4-module quiet zone) centred on the
    paper, as large as ``style`` allows (:attr:`module` dots a module, :attr:`size` dots
    square).  Raises ``ValueError`` if the payload is too long to fit the paper at
    ``style.qr_min_module`` dots a module."""

    def __init__(self, data: str, style: Style) -> None:
        qr = qrcode.QRCode(
            error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=4
        )
        qr.add_data(data)
        qr.make(fit=True)
        self.matrix: list[list[bool]] = qr.get_matrix()  # includes the quiet zone
        n = len(self.matrix)
        module = min(style.qr_max_module, style.qr_target // n)
        module = max(module, style.qr_min_module)
        if module * n > style.width:
            raise ValueError(
                f"QR payload too long for {style.width}-dot paper: {n} modules "
                f"need {style.qr_min_module * n} dots at {style.qr_min_module} dots/module"
            )
        self.module = module
        self.size = module * n
        self.x = (style.width - self.size) // 2
        self.height = self.size

    def paint(self, painter: QPainter, y: int) -> None:
        m = self.module
        black = Qt.GlobalColor.black
        for r, row in enumerate(self.matrix):
            c = 0
            n = len(row)
            while c < n:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < n and row[c]:
                    c += 1
                painter.fillRect(QRect(self.x + start * m, y + r * m, (c - start) * m, m), black)




def render_blocks(blocks: list[Block], style: Style, width_dots: int) -> PILImage:
    """Paint ``blocks`` top to bottom, ``style.gap`` dots of paper above and below, on a page
    ``width_dots`` wide and as tall as they are.  Text is antialiased then thresholded
    (no dithering), rules and QR modules are pixel-aligned.  Returns a Pillow image of mode
    ``"1"`` (1 = white paper, 0 = black dot).  Needs a QGuiApplication
    (:func:`yarlung_pos.fonts.ensure_gui_app`)."""
    top = bottom = style.gap
    height = top + sum(b.height for b in blocks) + bottom

    image = QImage(width_dots, height, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    try:
        # Shapes (rules, QR modules) are pixel-aligned rectangles: no smoothing.
        # Text is antialiased here and thresholded below.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setPen(QColor(Qt.GlobalColor.black))
        y = top
        for block in blocks:
            block.paint(painter, y)
            y += block.height
    finally:
        painter.end()

    return threshold_image(image)


def threshold_image(image: QImage) -> PILImage:
    """A ``Format_Grayscale8`` QImage (antialiased text, black on white) as a Pillow ``"1"``
    image of the same size: a pixel with about 40 % ink or more becomes a black dot (0), no
    dithering (see ``_INK_THRESHOLD``).  Used by :func:`render_blocks` and the shipping
    label's raster."""
    gray = Image.frombuffer(
        "L", (image.width(), image.height()), bytes(image.constBits()), "raw", "L", image.bytesPerLine(), 1
    )
    return gray.point(_THRESHOLD_LUT).convert("1", dither=Image.Dither.NONE)


def pil_to_qimage(img: PILImage) -> QImage:
    """Convert a Pillow image to a QImage with identical pixels (for previews).

    Mode ``"1"`` becomes ``QImage.Format_Mono`` (index 0 black, 1 white),
    ``"L"`` becomes ``Format_Grayscale8``, ``"RGB"`` ``Format_RGB888``; any
    other mode is converted to RGBA first (``Format_RGBA8888``).  The QImage
    owns a copy of the data, so ``img`` may be discarded afterwards.
    """
    w, h = img.size
    if img.mode == "1":
        data = img.tobytes()  # rows packed MSB-first, padded to whole bytes
        qimg = QImage(data, w, h, (w + 7) // 8, QImage.Format.Format_Mono)
        qimg.setColorTable([0xFF000000, 0xFFFFFFFF])
        return qimg.copy()
    if img.mode == "L":
        return QImage(img.tobytes(), w, h, w, QImage.Format.Format_Grayscale8).copy()
    if img.mode == "RGB":
        return QImage(img.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    rgba = img.convert("RGBA")
    return QImage(rgba.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
