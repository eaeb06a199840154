"""Packing slips for home deliveries (issue #16): what the packer puts in the parcel.

Two forms of the same slip:

* :func:`render_packing_slips_pdf` — A5 portrait PDFs, a page per slip (more when the items
  run over, the table's heading repeated), painted by ``QPdfWriter`` from the receipt's
  raster blocks (QTextLayout lines as tall as their ink: in a ``QTextDocument`` Noto Serif
  Tibetan's own line height, ~2.8 em, spread one slip over two pages): every fixed label in
  Tibetan, Chinese and English like the settlement statement's (:data:`LABELS`), each item's
  name in its three scripts, a tick box per item and the QR code of the delivery number;
* :func:`packing_slip_receipt` — the slip on the 80 mm (or 58 mm) receipt printer: a 1-bit
  image built from the receipt's raster blocks (:mod:`yarlung_pos.printing.raster`), like the
  X/Z reports, so :func:`yarlung_pos.printing.escpos_codec.encode_receipt` prints it.

The recipient's phone is shown masked (:func:`yarlung_pos.domain.delivery.mask_phone`): the
slip travels through many hands; the shipping label carries the full number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt

from yarlung_pos.domain import model
from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP
from yarlung_pos.domain.delivery import mask_phone
from yarlung_pos.printing.labels import UNIT_NAMES as SCRIPT_UNIT_NAMES
from yarlung_pos.printing.labels import _qr_matrix
from yarlung_pos.printing.raster import (PAPER_80MM_DOTS, Banner, Block, Gap, Paragraph, QRBlock, Row, Rule, Style,
                                         check_width_dots, make_font, render_blocks, tibetan_scale)
from yarlung_pos.printing.receipt_doc import name_lines
from yarlung_pos.printing.receipt_text import (
    DEFAULT_RECEIPT_LANGUAGES,
    check_receipt_languages,
    join_label,
    row_languages,
)
from yarlung_pos.printing.shipping_label import Sender, ShippingLabelError, write_pdf

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image as PILImage

__all__ = ["CHANNEL_LABELS", "LABELS", "PackingItem", "PackingSlip", "a5_blocks", "packing_slip_blocks",
           "packing_slip_receipt", "render_packing_slips_pdf", "slip_label", "unit_label"]

#: the slip's fixed labels: Tibetan, Chinese, English (the Tibetan is the shop's wording;
#: have a native speaker confirm changes)
LABELS: dict[str, dict[str, str]] = {
    "title": {"bo": "ཐུམ་སྒྲིལ་ཐོ།", "zh": "配货单", "en": "Packing slip"},
    "number": {"bo": "སྐྱེལ་འདྲེན་ཨང་།", "zh": "配送单号", "en": "Delivery No."},
    "sale": {"bo": "ཚོང་ཨང་།", "zh": "销售单", "en": "Sale"},
    "time": {"bo": "དུས་ཚོད།", "zh": "时间", "en": "Time"},
    "channel": {"bo": "ཉོ་ལམ།", "zh": "渠道", "en": "Channel"},
    "channel_order": {"bo": "ཉོ་ཐོའི་ཨང་།", "zh": "渠道订单号", "en": "Channel order"},
    "requested": {"bo": "སྐྱེལ་དགོས་པའི་ཚེས།", "zh": "要求送达", "en": "Deliver by"},
    "recipient": {"bo": "ལེན་མཁན།", "zh": "收件人", "en": "Recipient"},
    "phone": {"bo": "ཁ་པར།", "zh": "电话", "en": "Phone"},
    "address": {"bo": "ཁ་བྱང་།", "zh": "地址", "en": "Address"},
    "note": {"bo": "མཆན།", "zh": "备注", "en": "Note"},
    "items": {"bo": "ཅ་དངོས།", "zh": "商品", "en": "Items"},
    "sku": {"bo": "ཨང་རྟགས།", "zh": "货号", "en": "SKU"},
    "qty": {"bo": "གྲངས།", "zh": "数量", "en": "Qty"},
    "packed": {"bo": "ཐུམ་ཟིན།", "zh": "已装", "en": "Packed"},
    "packed_by": {"bo": "ཐུམ་མཁན།", "zh": "配货人", "en": "Packed by"},
    "checked_by": {"bo": "ཞིབ་མཁན།", "zh": "复核人", "en": "Checked by"},
}
#: where an order came from, as the slip prints it
CHANNEL_LABELS: dict[str, dict[str, str]] = {
    "counter": {"bo": "ཚོང་ཁང་།", "zh": "门店", "en": "At the counter"},
    "phone": {"bo": "ཁ་པར།", "zh": "电话订购", "en": "By phone"},
    "wechat": {"bo": "ཝེ་ཤིན།", "zh": "微信商城", "en": "WeChat mall"},
    "online": {"bo": "དྲ་ཚོང་།", "zh": "网店", "en": "Online shop"},
}
ALL = ("bo", "zh", "en")
T_NO_SLIPS = QT_TRANSLATE_NOOP("DomainError", "There is no packing slip to print.")


@dataclass(frozen=True)
class PackingItem:
    """One line to pack: ``sku``, the names in three scripts, ``qty`` as the sale shows it
    (``"2"``, ``"0.735"``) and the ``unit`` code (:data:`yarlung_pos.domain.model.UNITS`)."""

    sku: str
    name_zh: str
    name_bo: str
    name_en: str
    qty: str
    unit: str


@dataclass(frozen=True)
class PackingSlip:
    """A delivery's packing slip.  ``created_at`` is aware, in the terminal's offset (a naive
    one raises ``ValueError``); ``channel`` one of ``counter``, ``phone``, ``wechat``,
    ``online``; ``hall`` the sender; ``phone`` in full (printed masked); ``address_lines``
    Chinese; ``requested_date`` ``YYYY-MM-DD`` or ``None``."""

    number: str
    sale_number: str
    created_at: datetime
    channel: str
    channel_order: str | None
    hall: Sender
    name: str
    name_bo: str | None
    phone: str
    address_lines: list[str]
    note: str | None
    items: list[PackingItem]
    requested_date: str | None

    def __post_init__(self) -> None:
        if self.created_at.utcoffset() is None:
            raise ValueError("created_at must be timezone-aware (the terminal's local offset)")


def slip_label(key: str, languages: tuple[str, ...] = ALL) -> str:
    """The fixed label ``key`` (:data:`LABELS`) in ``languages``, space-separated:
    ``slip_label("qty", ("zh", "en")) == "数量 Qty"``.  Raises ``KeyError``."""
    return join_label(LABELS[key], languages)


def unit_label(unit: str, languages: tuple[str, ...] = ALL) -> str:
    """A unit code as printed in ``languages``: Tibetan and Chinese from the labels' table
    (:data:`yarlung_pos.printing.labels.UNIT_NAMES`), English from
    :data:`yarlung_pos.domain.model.UNIT_NAMES`; an unknown code prints as is."""
    names = {"bo": SCRIPT_UNIT_NAMES["bo"].get(unit), "zh": SCRIPT_UNIT_NAMES["zh"].get(unit),
             "en": model.UNIT_NAMES.get(unit)}
    text = " ".join(names[x] for x in languages if names.get(x))
    return text or unit


def _channel(slip: PackingSlip, languages: tuple[str, ...]) -> str:
    entry = CHANNEL_LABELS.get(slip.channel)
    text = join_label(entry, languages) if entry else slip.channel
    return f"{text} · {slip.channel_order}" if slip.channel_order else text


# ---------------------------------------------------------------------- A5 PDF

A5_DPI = 300
A5_MARGIN_MM = 10.0


class _Cells(Block):
    """Blocks side by side: ``columns`` is a list of block lists (each already placed at its
    x), stacked top to bottom in each column; ``tick_x`` the x of an empty tick box ``box``
    dots wide (or ``None``); ``line`` ``(x, width, thickness)`` of a rule under the row (or
    ``None``).  All in dots."""

    def __init__(self, columns: list[list[Block]], tick_x: int | None = None, box: int = 0,
                 line: tuple[int, int, int] | None = None) -> None:
        self.columns, self.tick_x, self.box, self.line = columns, tick_x, box, line
        self.pad = box // 4
        self.height = max([sum(b.height for b in col) for col in columns] + [box]) + 2 * self.pad + (
            line[2] if line else 0)

    def paint(self, painter, y: int) -> None:
        if self.tick_x is not None:
            _square(painter, self.tick_x, y + self.pad, self.box, max(2, self.box // 10))
        for col in self.columns:
            cy = y + self.pad
            for block in col:
                block.paint(painter, cy)
                cy += block.height
        if self.line:
            x, w, t = self.line
            painter.fillRect(QRect(x, y + self.height - t, w, t), Qt.GlobalColor.black)


class _QR(Block):
    """A QR code of ``data`` at ``x``, ``module`` dots a module, 4 modules of quiet zone."""

    def __init__(self, data: str, x: int, module: int) -> None:
        self.matrix, self.x, self.module = _qr_matrix(data), x, module
        self.height = (len(self.matrix) + 8) * module

    def paint(self, painter, y: int) -> None:
        m, x0, y0 = self.module, self.x + 4 * self.module, y + 4 * self.module
        for r, row in enumerate(self.matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRect(x0 + c * m, y0 + r * m, m, m), Qt.GlobalColor.black)


def _square(painter, x: int, y: int, size: int, t: int) -> None:
    """An empty square ``size`` dots wide, its line ``t`` dots thick (a tick box)."""
    for r in ((x, y, size, t), (x, y + size - t, size, t), (x, y, t, size), (x + size - t, y, t, size)):
        painter.fillRect(QRect(*r), Qt.GlobalColor.black)


def a5_blocks(slip: PackingSlip, width: int) -> tuple[list[Block], Block, range]:
    """The A5 slip as blocks for a page ``width`` dots wide (at :data:`A5_DPI`): ``(blocks,
    table heading, indexes of the item rows)`` — :func:`render_packing_slips_pdf` repeats
    the heading on every page the items run on to.  Every fixed label in Tibetan, Chinese and
    English; names in their three scripts.  Needs a QGuiApplication."""
    st = Style.for_width(width)
    left, center = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter
    f_small, f_body, f_body_b = make_font(st.small), make_font(st.body), make_font(st.body, bold=True)
    f_bo, f_head = make_font(st.name_bo), make_font(st.small, bold=True)
    scale = tibetan_scale(f_body, st)

    def para(text: str, font, x: int, w: int, align=left) -> Paragraph:
        return Paragraph(text, font, x, w, align, tibetan_scale(font, st))

    h = slip.hall
    qr_module = max(4, round(st.qr_target / 3 / 29))
    qr = _QR(slip.number, width - (len(_qr_matrix(slip.number)) + 8) * qr_module, qr_module)
    head_w = qr.x - st.gap
    head = [para(h.name_bo, make_font(st.shop_bo, bold=True), 0, head_w),
            para(h.name_zh, make_font(st.shop_zh, bold=True), 0, head_w),
            para(" · ".join(x for x in (h.address_zh, h.phone) if x), f_small, 0, head_w), Gap(st.gap),
            para(slip_label("title"), make_font(st.shop_zh, bold=True), 0, head_w)]
    blocks: list[Block] = [_Cells([head, [qr, para(slip.number, f_small, qr.x, width - qr.x, center)]]),
                           Rule(0, width, st.rule, st.gap, False)]
    info = [("number", slip.number, f_body_b), ("sale", slip.sale_number, f_body),
            ("time", slip.created_at.strftime("%Y-%m-%d %H:%M"), f_body),
            ("channel", _channel(slip, ALL), f_body)]
    if slip.requested_date:
        info.append(("requested", slip.requested_date, f_body_b))
    for key, value, font in info:
        blocks.append(Row(slip_label(key), value, f_body, font, 0, width, st.gap * 2, scale))
    blocks.append(Rule(0, width, st.rule, st.gap, True))
    blocks.append(para(slip_label("recipient"), f_body_b, 0, width))
    who: list[Block] = [para(slip.name, make_font(st.total, bold=True), st.indent, width - st.indent)]
    if slip.name_bo:
        who.append(para(slip.name_bo, make_font(st.shop_bo, bold=True), st.indent, width - st.indent))
    who.append(Row(slip_label("phone"), mask_phone(slip.phone), f_body, f_body, st.indent, width - st.indent,
                   st.gap * 2, scale))
    who.extend(para(line, f_body, st.indent, width - st.indent) for line in slip.address_lines)
    if slip.note:
        who.append(para(f"{slip_label('note')}: {slip.note}", f_body, st.indent, width - st.indent))
    blocks.extend(who)
    blocks.append(Gap(st.gap))

    # The items: tick box | SKU | names (three scripts) | quantity and unit.
    box = round(st.body * 1.1)
    widths = (round(width * 0.14), round(width * 0.17), 0, round(width * 0.18))
    widths = (widths[0], widths[1], width - sum(widths) - 3 * st.gap, widths[3])
    cols, x = [], 0
    for w in widths:
        cols.append((x, w))
        x += w + st.gap
    line = (0, width, 1)

    def head_cell(key: str, col: tuple[int, int], align) -> list[Block]:
        e = LABELS[key]  # Tibetan on a line, then Chinese and English (U+2028: a line break)
        return [para(f"{e['bo']}\u2028{e['zh']} {e['en']}", f_head, col[0], col[1], align)]

    heading = _Cells([head_cell(k, c, a) for k, c, a in zip(("packed", "sku", "items", "qty"), cols,
                                                            (left, left, left, Qt.AlignmentFlag.AlignRight))],
                     line=(0, width, st.rule))
    blocks.append(heading)
    first_item = len(blocks)
    for it in slip.items:
        names = [para(text, f_bo if script == "bo" else f_body, cols[2][0], cols[2][1])
                 for script, text in name_lines(it, ALL)]
        qty = [para(it.qty, make_font(st.total, bold=True), cols[3][0], cols[3][1], Qt.AlignmentFlag.AlignRight),
               para(unit_label(it.unit), f_small, cols[3][0], cols[3][1], Qt.AlignmentFlag.AlignRight)]
        blocks.append(_Cells([[para(it.sku, f_small, cols[1][0], cols[1][1])], names, qty], tick_x=st.gap, box=box,
                             line=line))
    blocks.append(Gap(st.gap * 2))
    half = width // 2 - st.gap
    blocks.append(_Cells([[para(f"{slip_label(key)}: ________", f_body, x, half)]
                          for key, x in (("packed_by", 0), ("checked_by", width - half))]))
    return blocks, heading, range(first_item, first_item + len(slip.items))


def _pages(blocks: list[Block], heading: Block, items: range, page_h: int) -> list[list[Block]]:
    """``blocks`` cut into pages ``page_h`` dots tall; a page that goes on with the items
    starts with the table's ``heading`` again."""
    pages: list[list[Block]] = [[]]
    y = 0
    for i, block in enumerate(blocks):
        # the heading keeps its first row with it, never alone at the foot of a page
        need = block.height + (blocks[i + 1].height if block is heading and i + 1 < len(blocks) else 0)
        if y + need > page_h and pages[-1]:
            pages.append([])
            y = 0
            if i in items:
                pages[-1].append(heading)
                y = heading.height
        pages[-1].append(block)
        y += block.height
    return pages


def render_packing_slips_pdf(slips: list[PackingSlip], path: Path) -> int:
    """Write ``slips`` as an A5 portrait PDF at ``path`` (10 mm margins, drawn at 300 dpi with
    Qt's PDF writer, fonts embedded, every script shaped): each slip starts a page; a long
    item list runs on to more pages with the table's heading repeated.  Returns the number of
    pages.  Raises :class:`~yarlung_pos.printing.shipping_label.ShippingLabelError` for no
    slips, ``OSError`` when the file cannot be written (whole or not at all)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    from yarlung_pos import fonts
    if not slips:
        raise ShippingLabelError(T_NO_SLIPS)
    fonts.ensure_gui_app()
    ppm = A5_DPI / 25.4
    width, page_h = round((148 - 2 * A5_MARGIN_MM) * ppm), round((210 - 2 * A5_MARGIN_MM) * ppm)
    pages = [page for slip in slips for page in _pages(*a5_blocks(slip, width), page_h)]
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                         QMarginsF(A5_MARGIN_MM, A5_MARGIN_MM, A5_MARGIN_MM, A5_MARGIN_MM), QPageLayout.Unit.Millimeter)

    def paint(painter, page: list[Block]) -> None:
        y = 0
        for block in page:
            block.paint(painter, y)
            y += block.height

    return write_pdf(path, A5_DPI, f"Packing slips {slips[0].number}", layout, pages, paint)


# ---------------------------------------------------------------------- receipt printer


class _Ticked(Block):
    """An item with a tick box: an empty square ``box`` dots wide at ``x`` (``thickness``
    dots of line), and ``children`` (blocks laid out to its right) stacked beside it."""

    def __init__(self, children: list[Block], x: int, box: int, thickness: int) -> None:
        self.children, self.x, self.box, self.t = children, x, box, thickness
        self.height = max(box + 4, sum(c.height for c in children))

    def paint(self, painter, y: int) -> None:
        _square(painter, self.x, y + 4, self.box, self.t)
        for child in self.children:
            child.paint(painter, y)
            y += child.height


def packing_slip_blocks(slip: PackingSlip, st: Style,
                        languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> list[Block]:
    """The slip laid out for the paper ``st`` describes, in ``languages`` (already checked),
    as raster blocks top to bottom (what :func:`packing_slip_receipt` paints; tests read their
    texts).  Fixed labels use :func:`~yarlung_pos.printing.receipt_text.row_languages`, names
    every chosen script.  Needs a QGuiApplication."""
    x, w = st.margin, st.width - 2 * st.margin
    center = Qt.AlignmentFlag.AlignHCenter
    rows_l = row_languages(languages)
    f_small, f_body = make_font(st.small), make_font(st.body)
    f_body_b, f_name_bo = make_font(st.body, bold=True), make_font(st.name_bo)
    f_title = make_font(st.shop_en, bold=True)
    blocks: list[Block] = []

    def text(s: str, font, align=Qt.AlignmentFlag.AlignLeft, indent: int = 0, into: list | None = None) -> None:
        if s:
            (blocks if into is None else into).append(Paragraph(s, font, x + indent, w - indent, align,
                                                                tibetan_scale(font, st)))

    def row(key: str, value: str, lf=f_small, rf=f_small) -> None:
        blocks.append(Row(join_label(LABELS[key], rows_l), value, lf, rf, x, w, st.gap, tibetan_scale(lf, st)))

    def rule(dashed: bool = True) -> None:
        blocks.append(Rule(x, w, st.rule, st.gap, dashed))

    h = slip.hall
    hall = {"bo": (h.name_bo, make_font(st.shop_bo, bold=True)), "zh": (h.name_zh, make_font(st.shop_zh, bold=True))}
    for lang in languages:
        if lang in hall:
            text(*hall[lang], center)
    blocks.append(Gap(st.gap))
    blocks.append(Banner(join_label(LABELS["title"], rows_l), f_title, x, w, st.gap // 2 + 2,
                         tibetan_scale(f_title, st)))
    if "bo" in languages and "bo" not in rows_l:
        text(LABELS["title"]["bo"], f_name_bo, center)
    rule(dashed=False)
    row("number", slip.number, f_body_b, f_body_b)
    row("sale", slip.sale_number)
    row("time", slip.created_at.strftime("%Y-%m-%d %H:%M"))
    row("channel", _channel(slip, rows_l))
    if slip.requested_date:
        row("requested", slip.requested_date, f_body_b, f_body_b)
    rule()
    text(join_label(LABELS["recipient"], rows_l), f_body_b)
    text(slip.name, f_body_b, indent=st.indent)
    if slip.name_bo:
        text(slip.name_bo, f_name_bo, indent=st.indent)
    text(mask_phone(slip.phone), f_body, indent=st.indent)
    for line in slip.address_lines:
        text(line, f_body, indent=st.indent)
    if slip.note:
        text(join_label(LABELS["note"], rows_l) + ": " + slip.note, f_small, indent=st.indent)
    rule()
    text(join_label(LABELS["items"], rows_l), f_body_b)
    box = st.body
    for i, it in enumerate(slip.items):
        if i:
            blocks.append(Gap(st.item_gap))
        inner: list[Block] = []
        dx = box + st.gap
        for script, name in name_lines(it, languages):
            text(name, f_name_bo if script == "bo" else f_body, indent=dx, into=inner)
        inner.append(Row(f"{it.qty} {unit_label(it.unit, rows_l)}", it.sku, f_body_b, f_small, x + dx, w - dx,
                         st.gap, tibetan_scale(f_body_b, st)))
        blocks.append(_Ticked(inner, x, box, max(2, st.rule)))
    rule()
    blocks.append(QRBlock(slip.number, st))
    text(slip.number, f_small, center)
    rule()
    blocks.append(Gap(st.gap))
    row("packed_by", "____________")
    blocks.append(Gap(st.gap))
    row("checked_by", "____________")
    rule(dashed=False)
    return blocks


def packing_slip_receipt(slip: PackingSlip, width_dots: int = PAPER_80MM_DOTS,
                         languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> PILImage:
    """The slip for the receipt printer: a Pillow ``"1"`` image ``width_dots`` wide (576 = 80
    mm, 384 = 58 mm at 203 dpi; 0 = black dot) as tall as its content, in ``languages`` (the
    terminal's ``receipt_languages``) — the kind of image :func:`yarlung_pos.printing.receipt.
    render_receipt` makes, printed by :func:`yarlung_pos.printing.escpos_codec.encode_receipt`.
    Tibetan is shaped by Qt and printed as raster.  Raises ``TypeError``/``ValueError`` for a
    width that is not an int in range or bad languages."""
    from yarlung_pos import fonts
    languages = check_receipt_languages(languages)
    check_width_dots(width_dots)
    fonts.ensure_gui_app()
    style = Style.for_width(width_dots)
    return render_blocks(packing_slip_blocks(slip, style, languages), style, width_dots)
