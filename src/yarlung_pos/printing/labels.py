"""QR product labels as PDF: A4 sticker sheets and label rolls (page size = label size).

Every label carries the product's names (in the chosen scripts, Tibetan shaped), price with
``￥`` and unit, SKU, cooperative, a QR code of ``<base URL>/p/<SKU>`` that the till's scan
field accepts, and, where the label is large enough, the product's EAN-13 bars.

QR rules (DESIGN.md §4): error correction M, a module of at least 0.5 mm (4 dots at 203 dpi)
and a multiple of 1/8 mm so it falls on whole printer dots, a 4-module quiet zone.  All
lengths here are millimetres from the label's bottom-left corner unless said otherwise.
"""

from __future__ import annotations

import math
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from yarlung_pos.domain.money import format_fen
from yarlung_pos.printing.linebreak import WORD_JOINER, allowed_breaks, protect

MM = 72 / 25.4  # PDF points per millimetre
QR_MIN_MODULE_MM = 0.5
DOT_MM = 0.125  # one dot at 203 dpi
QUIET_MODULES = 4
MARGIN_MM = 1.5
EAN_MIN_WIDTH_MM = 29.9  # EAN-13 at 80 % magnification (GS1 General Specifications 5.2.3)
EAN_HEIGHT_MM = 9.0

UNIT_NAMES = {
    "zh": {"piece": "件", "bottle": "瓶", "kg": "公斤", "jar": "罐", "bag": "袋", "box": "盒", "pair": "双", "pack": "包"},
    "en": {"piece": "pc", "bottle": "bottle", "kg": "kg", "jar": "jar", "bag": "bag", "box": "box", "pair": "pair", "pack": "pack"},
    "bo": {"piece": "གྲངས།", "bottle": "ཤེལ་དམ།", "kg": "སྤྱི་ཚད།", "jar": "རྫ་མ།", "bag": "ཁུག་མ།", "box": "སྒམ།", "pair": "ཟུང་།", "pack": "ཐུམ།"},
}
LANGUAGES = ("bo", "zh", "en")


class LabelError(ValueError):
    """A label request that cannot be printed; ``str()`` names the culprit in one line."""


@dataclass(frozen=True)
class LabelTemplate:
    """A label stock.  Sheets: ``cols × rows`` labels of ``label_w × label_h`` mm on a page,
    the first one ``left``/``top`` mm from the page's left/top edge, repeating every
    ``pitch_x``/``pitch_y`` mm.  Rolls: one label per page, the page the size of the label."""

    name: str
    description: str
    label_w: float
    label_h: float
    page_w: float
    page_h: float
    cols: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    pitch_x: float = 0.0
    pitch_y: float = 0.0

    @property
    def per_page(self) -> int:
        """Labels on one page."""
        return self.cols * self.rows

    @property
    def is_roll(self) -> bool:
        """One label per page."""
        return self.per_page == 1


def _roll(name: str, w: float, h: float) -> LabelTemplate:
    return LabelTemplate(name, f"roll labels {w:g} × {h:g} mm", w, h, w, h)


TEMPLATES: dict[str, LabelTemplate] = {t.name: t for t in (
    LabelTemplate("a4-3x8", "A4 sheet, 3 × 8 labels of 70 × 37 mm", 70, 37, 210, 297, 3, 8,
                  left=0, top=(297 - 8 * 37) / 2, pitch_x=70, pitch_y=37),
    LabelTemplate("a4-5x13", "A4 sheet, 5 × 13 labels of 38 × 21.2 mm", 38, 21.2, 210, 297, 5, 13,
                  left=(210 - 4 * 40.6 - 38) / 2, top=(297 - 13 * 21.2) / 2, pitch_x=40.6, pitch_y=21.2),
    _roll("roll-40x30", 40, 30),
    _roll("roll-50x30", 50, 30),
    _roll("roll-60x40", 60, 40),
)}


def get_template(name: str) -> LabelTemplate:
    """The template called ``name``; raises :class:`LabelError` listing the known ones."""
    try:
        return TEMPLATES[name]
    except KeyError:
        raise LabelError(f"unknown template {name!r} (known: {', '.join(TEMPLATES)})") from None


@dataclass(frozen=True)
class LabelProduct:
    """What a label shows of a product (names, price in fen, unit code, cooperative names)."""

    sku: str
    name_bo: str
    name_zh: str
    name_en: str
    price_fen: int
    unit: str
    cooperative_bo: str = ""
    cooperative_zh: str = ""
    cooperative_en: str = ""
    barcode: str | None = None


@dataclass(frozen=True)
class Box:
    """A rectangle in mm: ``x``, ``y`` of the bottom-left corner, width ``w``, height ``h``."""

    x: float
    y: float
    w: float
    h: float

    def inside(self, other: "Box", tol: float = 1e-6) -> bool:
        """True when this box lies within ``other``."""
        return (self.x >= other.x - tol and self.y >= other.y - tol and
                self.x + self.w <= other.x + other.w + tol and self.y + self.h <= other.y + other.h + tol)

    def moved(self, dx: float, dy: float) -> "Box":
        return Box(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class PlacedLabel:
    """Where one label went: ``page`` (0-based), its ``label`` box on the page, and the boxes
    of its QR code (quiet zone included), text and EAN bars, all in page mm; ``payload`` is
    what the QR code says; ``module_mm`` the QR module size."""

    page: int
    sku: str
    payload: str
    label: Box
    qr: Box
    text: Box
    ean: Box | None
    module_mm: float


@dataclass
class LabelRun:
    """The result of :func:`render_labels_pdf`: pages written and every placed label."""

    template: LabelTemplate
    pages: int = 0
    labels: list[PlacedLabel] = field(default_factory=list)


def label_url(base: str, sku: str) -> str:
    """QR payload of a product label: ``<base>/p/<SKU>`` (the till's scan field reads it)."""
    return f"{base.rstrip('/')}/p/{sku}"


#: the QR mask pattern (ISO/IEC 18004 §7.8): every reader decodes all eight; letting qrcode
#: score all eight and keep the best costs eight trial encodings per code — 120 ms of pure
#: Python for the preview of a 19-product category (issue #15), for short URLs of no
#: measurable gain in reading (the tests read every label back with zxing-cpp)
QR_MASK = 0


@lru_cache(maxsize=4096)
def _qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """QR modules of ``payload`` (error correction M, mask :data:`QR_MASK`, no border), cached:
    previews redraw often."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    qr.add_data(payload)
    qr.make(fit=True)
    return tuple(tuple(row) for row in qr.get_matrix())


def _layout(t: LabelTemplate, modules: int, with_ean: bool) -> tuple[Box, float, Box, Box | None]:
    """QR box (quiet zone included), module size, text box, EAN box — in label mm.  With a
    barcode, the QR gives up width for the EAN-13 bars when the label can hold both."""
    total = modules + 2 * QUIET_MODULES

    def module_for(room: float) -> float:
        return math.floor(room / total / DOT_MM + 1e-9) * DOT_MM

    room = min(t.label_h - 2 * 0.6, t.label_w * 0.5)
    if with_ean:
        narrower = min(room, t.label_w - 2 * MARGIN_MM - EAN_MIN_WIDTH_MM - 0.5)
        if module_for(narrower) >= QR_MIN_MODULE_MM and t.label_h - 2 * MARGIN_MM >= EAN_HEIGHT_MM + 8:
            room = narrower
    module = module_for(room)
    if module < QR_MIN_MODULE_MM:
        raise LabelError(f"the QR code does not fit a {t.label_w:g} × {t.label_h:g} mm label at "
                         f"{QR_MIN_MODULE_MM} mm per module ({modules} modules): shorten the label base URL")
    size = module * total
    qr = Box(max(0.6, MARGIN_MM - QUIET_MODULES * module), (t.label_h - size) / 2, size, size)
    text_x = qr.x + size + 0.5
    text = Box(text_x, MARGIN_MM, t.label_w - MARGIN_MM - text_x, t.label_h - 2 * MARGIN_MM)
    ean = None
    if with_ean and text.w >= EAN_MIN_WIDTH_MM and text.h >= EAN_HEIGHT_MM + 8:
        ean = Box(text.x, text.y, text.w, EAN_HEIGHT_MM)
        text = Box(text.x, text.y + EAN_HEIGHT_MM + 0.5, text.w, text.h - EAN_HEIGHT_MM - 0.5)
    return qr, module, text, ean


def _label_lines(p: LabelProduct, languages: tuple[str, ...]):
    """The label's text: ``(names, price, sku_line)``; names as (text, is_tibetan, bold)."""
    names = []
    for i, lang in enumerate(languages):
        name = getattr(p, f"name_{lang}")
        if name:
            names.append((name, lang == "bo", i == 0 and lang != "bo"))
    unit_lang = next((lang for lang in languages if lang != "bo"), "zh")
    unit = UNIT_NAMES[unit_lang].get(p.unit, p.unit)
    price = f"{format_fen(p.price_fen, group=False)} / {unit}"
    coop_lang = next((lang for lang in ("zh", "en", "bo") if lang in languages and getattr(p, f"cooperative_{lang}")), None)
    coop = getattr(p, f"cooperative_{coop_lang}") if coop_lang else ""
    return names, price, p.sku + (f" · {coop}" if coop else "")


#: line height as a multiple of the font size (Noto Serif Tibetan's own is ~2.8, far too loose)
LEADING = {False: 1.25, True: 1.55}


class _Painter:
    """Draws labels with QPainter on a PDF writer or a printer (the same drawing for both, so
    what is printed from the app is what the PDF shows).  Text is shaped by Qt/HarfBuzz with
    the shipped fonts, so Tibetan stacks are right.  Price and SKU always show; names wrap,
    shrink, and at the smallest size are cut with "…" — nothing leaves its box."""

    def __init__(self, painter, dpi: float):
        from yarlung_pos import fonts
        self.p = painter
        self.px = dpi / 25.4  # device pixels per mm
        self.families = fonts.register_qt_fonts()

    def font(self, size_pt: float, bold: bool):
        from PySide6.QtGui import QFont
        f = QFont()
        f.setFamilies(self.families)
        f.setPixelSize(max(1, round(size_pt / 72 * 25.4 * self.px)))
        f.setBold(bold)
        return f

    def _layout(self, text: str, font, width_px: float, leading_px: float):
        """Wrapped lines of ``text``: a list of (QTextLine, y offset)."""
        from PySide6.QtGui import QTextLayout, QTextOption
        layout = QTextLayout(text, font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(opt)
        layout.beginLayout()
        lines = []
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width_px)
            line.setPosition(QPointF(0, y))
            lines.append(line)
            y += leading_px
        layout.endLayout()
        return layout, lines

    def line_texts(self, text: str, size_pt: float, bold: bool, tibetan: bool, width: float) -> list[str]:
        """The lines ``text`` wraps into at ``width`` px (as :meth:`paragraph` lays them out)."""
        text = protect(text, tibetan)
        _layout, lines = self._layout(text, self.font(size_pt, bold), width, 1.0)
        return [text[ln.textStart():ln.textStart() + ln.textLength()].replace(WORD_JOINER, "") for ln in lines]

    def breaks_allowed(self, text: str, size_pt: float, bold: bool, tibetan: bool, width: float) -> bool:
        """True when ``text`` wraps at ``width`` px only where :func:`allowed_breaks` allows (no
        piece too wide for the line, which Qt would have to cut anywhere)."""
        lines = self.line_texts(text, size_pt, bold, tibetan, width)
        ok, at = allowed_breaks(text, tibetan), 0
        for line in lines[:-1]:
            at += len(line)
            if at not in ok and not text[at - 1].isspace():
                return False
        return True

    def paragraph(self, text: str, size_pt: float, bold: bool, tibetan: bool, x: float, y: float,
                  width: float, max_h: float | None, draw: bool) -> float:
        """Measure (and with ``draw`` paint) ``text`` wrapped to ``width`` px from (x, y) px;
        returns the height used.  With ``max_h``, lines that do not fit are left out and the
        last shown line ends in "…"."""
        text = protect(text, tibetan)  # breaks after a tsheg, between words, never number | unit
        font = self.font(size_pt, bold)
        leading = size_pt / 72 * 25.4 * self.px * LEADING[tibetan]
        layout, lines = self._layout(text, font, width, leading)
        n = len(lines) if max_h is None else max(0, min(len(lines), int(max_h // leading)))
        if draw and n:
            from PySide6.QtCore import QRectF
            ascent_pad = (leading - lines[0].height()) / 2
            if n < len(lines):  # cut: redo the last line with an ellipsis
                from PySide6.QtGui import QFontMetricsF
                start = lines[n - 1].textStart()
                rest = text[start:]
                fm = QFontMetricsF(font)
                for i in range(n - 1):
                    lines[i].draw(self.p, QPointF(x, y + ascent_pad))
                self.p.setFont(font)
                self.p.drawText(QRectF(x, y + ascent_pad + (n - 1) * leading, width, lines[0].height()),
                                int(Qt.AlignmentFlag.AlignLeft), fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            else:
                layout.draw(self.p, QPointF(x, y + ascent_pad))
        return n * leading

    def text_block(self, names, price: str, sku_line: str, box: Box, top_px: float, base_pt: float,
                   min_pt: float = 4.5) -> float:
        """Names at the top (shrinking to fit), price and SKU line at the bottom of ``box``."""
        x, width = box.x * self.px, box.w * self.px
        bottom = top_px + box.h * self.px
        small = max(min_pt, base_pt * 0.7)
        sku_h = self.paragraph(sku_line, small, False, False, x, 0, width, small / 72 * 25.4 * self.px * 1.3, False)
        price_pt = base_pt * 1.2
        price_h = self.paragraph(price, price_pt, True, False, x, 0, width, None, False)
        while price_h > (box.h * self.px) / 3 and price_pt > min_pt:
            price_pt -= 0.5
            price_h = self.paragraph(price, price_pt, True, False, x, 0, width, None, False)
        names_room = box.h * self.px - sku_h - price_h
        size = base_pt
        while True:
            need = sum(self.paragraph(t, size, b, tib, x, 0, width, None, False) for t, tib, b in names)
            whole = all(self.breaks_allowed(t, size, b, tib, width) for t, tib, b in names)
            if (need <= names_room and whole) or size <= min_pt:  # smaller, not "2公 / 斤"
                break
            size = max(min_pt, size - 0.5)
        y = top_px
        for t, tib, b in names:
            room = top_px + names_room - y
            if room <= 0:
                break
            y += self.paragraph(t, size, b, tib, x, y, width, room, True)
        self.p.setFont(self.font(price_pt, True))
        self.paragraph(price, price_pt, True, False, x, bottom - sku_h - price_h, width, price_h, True)
        self.paragraph(sku_line, small, False, False, x, bottom - sku_h, width, sku_h, True)
        return size


@dataclass
class LabelJob:
    """A checked label request: the template, the languages, the start position and one
    laid-out plan per product ``(product, copies, payload, qr matrix, qr box, module mm,
    text box, ean box)``."""

    template: LabelTemplate
    languages: tuple[str, ...]
    start: int
    plans: list

    @property
    def count(self) -> int:
        """Labels in the job."""
        return sum(plan[1] for plan in self.plans)

    @property
    def pages(self) -> int:
        """Pages (sheets or roll labels) the job fills."""
        return (self.start - 1 + self.count - 1) // self.template.per_page + 1


def paint_labels(painter, dpi: float, job: LabelJob, offset_mm: tuple[float, float], new_page) -> LabelRun:
    """Paint every label of ``job`` with ``painter`` (device resolution ``dpi``), calling
    ``new_page()`` between pages.  Used for the PDF and for printing from the app."""
    t, plans, start = job.template, job.plans, job.start
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor
    dx, dy = offset_mm
    run = LabelRun(t)
    lp = _Painter(painter, dpi)
    black = QColor(Qt.GlobalColor.black)
    position = start - 1
    page = 0
    base_pt = 10.0 if t.label_h >= 30 else 8.0
    for product, copies, payload, matrix, qr, module, text, ean in plans:
        names, price, sku_line = _label_lines(product, job.languages)
        for _ in range(copies):
            if position and position % t.per_page == 0:
                new_page()
                page += 1
            slot = position % t.per_page
            col, row = slot % t.cols, slot // t.cols
            lx = t.left + col * t.pitch_x + dx  # label's left edge, mm from the page's left
            top = t.top + row * t.pitch_y + dy  # label's top edge, mm from the page's top
            ly = t.page_h - top - t.label_h     # label's bottom edge, mm from the page's bottom
            n = len(matrix)
            ox = (lx + qr.x + QUIET_MODULES * module) * lp.px
            oy = (top + (t.label_h - qr.y - qr.h) + QUIET_MODULES * module) * lp.px
            m = module * lp.px
            for r, line in enumerate(matrix):
                k = 0
                while k < n:
                    if line[k]:
                        e = k
                        while e < n and line[e]:
                            e += 1
                        painter.fillRect(QRectF(ox + k * m, oy + r * m, (e - k) * m, m), black)
                        k = e
                    else:
                        k += 1
            text_top = (top + (t.label_h - text.y - text.h)) * lp.px
            lp.text_block(names, price, sku_line, Box(lx + text.x, 0, text.w, text.h), text_top, base_pt)
            if ean is not None:
                _paint_ean(lp, product.barcode, lx + ean.x, top + (t.label_h - ean.y - ean.h), ean.w, ean.h)
            run.labels.append(PlacedLabel(page, product.sku, payload, Box(lx, ly, t.label_w, t.label_h),
                                          qr.moved(lx, ly), text.moved(lx, ly), ean.moved(lx, ly) if ean else None, module))
            position += 1
    run.pages = page + 1
    return run


def _paint_ean(lp: _Painter, code: str, x: float, y_top: float, w: float, h: float) -> None:
    """EAN-13 bars (python-barcode's module pattern) with the digits beneath, in the box
    (x, y_top, w, h) mm; the module is ``w / 113`` mm (95 modules plus quiet zones)."""
    from barcode import EAN13
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor
    pattern = EAN13(code[:12]).build()[0]
    module = w / 113
    digits_h = 2.2
    x0 = x + 11 * module
    black = QColor(Qt.GlobalColor.black)
    for i, bit in enumerate(pattern):
        if bit == "1":
            guard = i < 3 or 45 <= i < 50 or i >= 92
            bar_h = h - digits_h + (1.0 if guard else 0.0)
            lp.p.fillRect(QRectF((x0 + i * module) * lp.px, y_top * lp.px, module * lp.px, bar_h * lp.px), black)
    lp.p.setFont(lp.font(6, False))
    full = EAN13(code[:12]).get_fullcode()
    lp.p.drawText(QRectF(x * lp.px, (y_top + h - digits_h) * lp.px, w * lp.px, digits_h * lp.px),
                  int(Qt.AlignmentFlag.AlignCenter), f"{full[0]}  {full[1:7]}  {full[7:]}")


def plan_labels(items: list[tuple[LabelProduct, int]], template: str | LabelTemplate, base_url: str,
                languages: tuple[str, ...] = ("bo", "zh"), start: int = 1) -> LabelJob:
    """Check a label request and lay every product's label out.  Returns the
    :class:`LabelJob`; raises :class:`LabelError` naming the culprit (unknown template, copies < 1,
    bad start, unknown language, QR too large for the label)."""
    t = get_template(template) if isinstance(template, str) else template
    if not items:
        raise LabelError("no products chosen")
    for product, copies in items:
        if copies < 1:
            raise LabelError(f"copies for {product.sku} must be at least 1, not {copies}")
    if not 1 <= start <= t.per_page:
        raise LabelError(f"start position must be between 1 and {t.per_page} on {t.name}, not {start}")
    bad = [lang for lang in languages if lang not in LANGUAGES]
    if bad or not languages or len(set(languages)) != len(languages):
        raise LabelError(f"label languages must be some of {', '.join(LANGUAGES)}, each once, "
                         f"not {','.join(languages) or 'none'}")
    plans = []
    for product, copies in items:
        payload = label_url(base_url, product.sku)
        matrix = _qr_matrix(payload)
        qr, module, text, ean = _layout(t, len(matrix), bool(product.barcode))
        plans.append((product, copies, payload, matrix, qr, module, text, ean))
    return LabelJob(t, tuple(languages), start, plans)


PDF_DPI = 1200


def render_labels_pdf(items: list[tuple[LabelProduct, int]], template: str | LabelTemplate, output: Path,
                      base_url: str, languages: tuple[str, ...] = ("bo", "zh"), start: int = 1,
                      offset_mm: tuple[float, float] = (0.0, 0.0)) -> LabelRun:
    """Write labels for ``items`` (product, copies) to the PDF ``output`` (page size = the
    sheet, or the label for rolls).

    ``languages``: which names to print, in order (``bo``, ``zh``, ``en``); ``start``: the
    1-based position of the first label on a partly used sheet; ``offset_mm``: the
    template's calibration (right, down) in mm.  Returns the :class:`LabelRun`.  Raises
    :class:`LabelError` before writing anything; the file appears whole or not at all."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from yarlung_pos import fonts
    job = plan_labels(items, template, base_url, languages, start)
    t = job.template
    fonts.ensure_gui_app()
    output = Path(output)
    from yarlung_pos.fileio import check_output_path
    real = check_output_path(output)
    tmp = real.with_name(f".{real.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_DPI)
    writer.setCreator("Yarlung POS")
    writer.setTitle(f"Yarlung Youxuan labels ({t.name})")
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(t.page_w, t.page_h), QPageSize.Unit.Millimeter),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        run = paint_labels(painter, PDF_DPI, job, offset_mm, writer.newPage)
    except BaseException:
        painter.end()
        tmp.unlink(missing_ok=True)
        raise
    painter.end()
    del writer
    tmp.replace(real)
    return run
