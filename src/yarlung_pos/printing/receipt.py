"""Receipts: a :class:`~yarlung_pos.printing.receipt_doc.ReceiptDoc` laid out and rendered once
to a 1-bit image at the printer's dot width, and the printer test page.

The receipt is a stack of raster blocks (:mod:`yarlung_pos.printing.raster`) -- the shop's
name in the chosen scripts, number, time and cashier, the sold lines (names, quantity ×
price, line discount), subtotal and adjustments, total, tenders, change, the QR code of the
receipt's URL, footer and thank-you -- worded by :mod:`yarlung_pos.printing.receipt_text`.
The image is both the on-screen preview (:func:`~yarlung_pos.printing.raster.pil_to_qimage`)
and the raster the printer gets; the same document always renders the same bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from yarlung_pos import fonts
from yarlung_pos.domain.hall import HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.printing.raster import (
    PAPER_80MM_DOTS,
    Banner,
    Block,
    Gap,
    Paragraph,
    QRBlock,
    Row,
    Rule,
    Style,
    check_width_dots,
    make_font,
    render_blocks,
    tibetan_scale,
)
from yarlung_pos.printing.receipt_doc import ReceiptDoc, name_lines
from yarlung_pos.printing.receipt_text import (
    DEFAULT_RECEIPT_LANGUAGES,
    check_receipt_languages,
    format_fen,
    format_qty,
    format_unit_price,
    method_label,
    receipt_label,
    signed_fen,
)

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image as PILImage

__all__ = ["receipt_blocks", "render_receipt", "render_test_page"]


def receipt_blocks(doc: ReceiptDoc, st: Style) -> list[Block]:
    """The receipt ``doc`` laid out for the paper ``st`` describes, as raster blocks top to
    bottom (what :func:`render_receipt` paints; tests read their texts).  Needs a
    QGuiApplication.  Raises ``ValueError`` if the QR payload cannot fit the paper."""
    x = st.margin
    w = st.width - 2 * st.margin
    center = Qt.AlignmentFlag.AlignHCenter
    f_small = make_font(st.small)
    f_body = make_font(st.body)
    f_body_b = make_font(st.body, bold=True)
    f_name_bo = make_font(st.name_bo)
    f_total = make_font(st.total, bold=True)

    blocks: list[Block] = []

    def text(s: str, font: QFont, align=Qt.AlignmentFlag.AlignLeft, indent: int = 0, scale: float = 1.0) -> None:
        if s:
            blocks.append(Paragraph(s, font, x + indent, w - indent, align, scale))

    def row(left: str, right: str, lf: QFont = f_body, rf: QFont = f_body, indent: int = 0):
        blocks.append(Row(left, right, lf, rf, x + indent, w - indent, st.gap, tibetan_scale(lf, st)))

    def rule(dashed: bool = True) -> None:
        blocks.append(Rule(x, w, st.rule, st.gap, dashed))

    langs = doc.languages
    f_banner = make_font(st.shop_en, bold=True)

    def label(key: str) -> str:
        return receipt_label(key, langs)

    # Header: shop name in the chosen scripts, address.
    shop = {"bo": (doc.shop_name_bo, st.shop_bo), "zh": (doc.shop_name_zh, st.shop_zh),
            "en": (doc.shop_name_en, st.shop_en)}
    for lang in langs:
        name, size = shop[lang]
        text(name, make_font(size, bold=True), center)
    text(doc.shop_address, f_small, center)
    refund = doc.refund_of is not None
    if refund:
        blocks.append(Gap(st.gap))
        blocks.append(Banner(label("refund_banner"), f_banner, x, w, st.gap // 2 + 2, tibetan_scale(f_banner, st)))
    if doc.title:
        blocks.append(Gap(st.gap))
        blocks.append(Banner(doc.title, f_banner, x, w, st.gap // 2 + 2, tibetan_scale(f_banner, st)))
    rule(dashed=False)

    # Receipt number (and on a refund the sale it refunds), local time, cashier.
    row(label("no"), doc.number, f_small, f_small)
    if refund:
        row(label("refund_of"), doc.refund_of, f_body_b, f_body_b)
    row(label("time"), doc.local_time.strftime("%Y-%m-%d %H:%M"), f_small, f_small)
    row(label("cashier"), doc.cashier, f_small, f_small)
    rule()

    # Lines: names in the chosen scripts (Tibetan on a line of its own), then qty × price.
    for i, line in enumerate(doc.lines):
        if i:
            blocks.append(Gap(st.item_gap))
        for script, name in name_lines(line, langs):
            text(name, f_name_bo if script == "bo" else f_body)
        qty = format_qty(line.qty, line.unit)
        price = format_unit_price(line.unit_price_fen, line.unit)
        row(f"{qty} × {price}", format_fen(line.line_total_fen), f_body, f_body_b, st.indent)
        if line.discount_fen:
            row(label("discount"), signed_fen(-line.discount_fen), f_body, f_body, st.indent)
    rule()

    # Subtotal, whole-sale discount and cash rounding (only when there are any).
    if doc.discount_fen or doc.rounding_fen:
        subtotal = sum(ln.line_total_fen - ln.discount_fen for ln in doc.lines)
        row(label("subtotal"), format_fen(subtotal))
        if doc.discount_fen:
            row(label("sale_discount"), signed_fen(-doc.discount_fen))
        if doc.rounding_fen:
            row(label("rounding"), signed_fen(doc.rounding_fen))
        blocks.append(Gap(st.gap // 2))

    # Total, payments, change.
    row(label("refund_total" if refund else "total"), format_fen(doc.total_fen), f_total, f_total)
    blocks.append(Gap(st.gap // 2))
    for pay in doc.payments:
        row(method_label(pay.method, langs), format_fen(pay.amount_fen))
        if pay.reference:
            text(label("ref") + " " + pay.reference, f_small, indent=st.indent, scale=tibetan_scale(f_small, st))
    if doc.change_fen or (not refund and any(p.method == "cash" for p in doc.payments)):
        row(label("change"), format_fen(doc.change_fen), f_body_b, f_body_b)

    # QR code with its URL beneath.
    if doc.qr_url:
        rule()
        blocks.append(QRBlock(doc.qr_url, st))
        text(doc.qr_url, f_small, center)

    # Footer and thank-you (in every chosen language).
    rule()
    for extra in doc.footer:
        text(extra, f_small, center)
    text(label("thanks"), f_body, center)
    return blocks


# ---------------------------------------------------------------------- render


def render_receipt(doc: ReceiptDoc, width_dots: int = PAPER_80MM_DOTS) -> PILImage:
    """Lay out and render ``doc`` as a 1-bit receipt image.

    Works without a window: a QGuiApplication is created if needed (see
    :func:`yarlung_pos.fonts.ensure_gui_app`).  Text is shaped by Qt/HarfBuzz
    with the shipped fonts and drawn without antialiasing; long names wrap,
    never clip.  Font sizes scale with the width.

    Args:
        doc: the receipt content.
        width_dots: paper dot width at 203 dpi: 576 for 80 mm paper (default),
            384 for 58 mm; any width from 200 to 2400 dots is accepted.

    Returns:
        A Pillow image of mode ``"1"`` exactly ``width_dots`` wide and as tall
        as the content (1 = white paper, 0 = black dot).  Use
        :func:`~yarlung_pos.printing.raster.pil_to_qimage` for the on-screen preview.

    Raises:
        TypeError / ValueError: ``width_dots`` is not an int in range, or the
            QR payload is too long to fit the paper at the minimum module size.
    """
    check_width_dots(width_dots)
    fonts.ensure_gui_app()
    style = Style.for_width(width_dots)
    return render_blocks(receipt_blocks(doc, style), style, width_dots)


def render_test_page(width_dots: int, qr_url: str, printer: str, profile: str = "default",
                     languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> PILImage:
    """A printer test page, rendered like a receipt: the three scripts (with Tibetan stacks),
    ``￥`` amounts, a ruler of the paper width, a QR code of ``qr_url``, and the settings
    (``printer`` description, ``profile``, width in dots and mm at 203 dpi).  Its labels are
    in ``languages`` (see :func:`~yarlung_pos.printing.receipt_text.receipt_label`); the script
    samples are always all three.  ``width_dots`` as for :func:`render_receipt`.  Returns a
    Pillow ``"1"`` image ``width_dots`` wide.  Raises ``TypeError``/``ValueError`` for a width
    that is not an int in range, bad languages, or a ``qr_url`` too long for the paper."""
    languages = check_receipt_languages(languages)
    check_width_dots(width_dots)
    fonts.ensure_gui_app()
    st = Style.for_width(width_dots)
    x, w = st.margin, width_dots - 2 * st.margin
    center = Qt.AlignmentFlag.AlignHCenter
    blocks: list[Block] = [
        Paragraph(HALL_NAME_BO, make_font(st.shop_bo, bold=True), x, w, center),
        Paragraph(HALL_NAME_ZH, make_font(st.shop_zh, bold=True), x, w, center),
        Paragraph(HALL_NAME_EN, make_font(st.shop_en, bold=True), x, w, center),
        Gap(st.gap),
        Banner(receipt_label("printer_test", languages), make_font(st.shop_en, bold=True), x, w, st.gap // 2 + 2),
        Rule(0, width_dots, st.rule, st.gap, False),  # full width: every dot of the head
        Paragraph("བོད་ཡིག  བསྒྲུབས་ སྤྱི་ཚོགས་ རྒྱ་མཚོ། ཡར་ཀླུངས།", make_font(st.name_bo), x, w),
        Paragraph("中文  青稞酒 菜籽油 藏香 卡垫 琼结县", make_font(st.body), x, w),
        Paragraph("English  Highland barley wine, colza oil", make_font(st.body), x, w),
        Row(receipt_label("total", languages), format_fen(123456), make_font(st.total, bold=True),
            make_font(st.total, bold=True), x, w, st.gap),
        Rule(x, w, st.rule, st.gap, True),
        Row(receipt_label("printer", languages), printer, make_font(st.small), make_font(st.small), x, w, st.gap),
        Row(receipt_label("profile", languages), profile, make_font(st.small), make_font(st.small), x, w, st.gap),
        Row(receipt_label("width", languages), f"{width_dots} dots = {width_dots / 8:g} mm",
            make_font(st.small), make_font(st.small), x, w, st.gap),
        Rule(x, w, st.rule, st.gap, True),
        QRBlock(qr_url, st),
        Paragraph(qr_url, make_font(st.small), x, w, center),
        Rule(0, width_dots, st.rule, st.gap, False),
    ]
    return render_blocks(blocks, st, width_dots)
