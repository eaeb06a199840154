"""From a stored sale to the receipt document the printing code renders."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from yarlung_pos.db.schema import DeliveryRow, SaleRow
from yarlung_pos.config import DEFAULT_RECEIPT_URL_BASE
from yarlung_pos.printing.receipt_doc import ReceiptDoc, ReceiptLine, ReceiptPayment
from yarlung_pos.printing.receipt_text import DEFAULT_RECEIPT_LANGUAGES, receipt_label
from yarlung_pos.services.hall import hall_names_in
from yarlung_pos.services.sales import sale_local_time
from yarlung_pos.services.stock import qty_for_unit


def receipt_url(base: str, sale_uuid: str) -> str:
    """URL printed as the receipt's QR code: ``<base>/<sale uuid>``."""
    return f"{base.rstrip('/')}/{sale_uuid}"


def receipt_doc(session: Session, sale: SaleRow, copy: bool = False,
                url_base: str = DEFAULT_RECEIPT_URL_BASE,
                languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> ReceiptDoc:
    """Build the :class:`ReceiptDoc` of ``sale`` (lines and payments as stored); ``copy``
    marks a reprint (a "副本 COPY" banner in ``languages``); the QR code is
    ``<url_base>/<sale uuid>``; ``languages`` are the scripts printed (the terminal's
    ``Settings.receipt_languages``: pass the same here for the preview and the printer); the
    hall's name is the one set up on the till (:mod:`yarlung_pos.services.hall`).

    Discounts print as stored: each line's own discount under it, the whole-sale discount
    (``sale.discount_fen``; on a refund its lines' share) and the cash rounding after a
    subtotal.  The sale of a delivery order carries a "送货上门 FOR DELIVERY" banner and its
    delivery number.  A refund (``kind == "refund"``) names the number of the sale it refunds
    (``refund_of``; the UUID itself if that sale is not in this database)."""
    base = url_base or DEFAULT_RECEIPT_URL_BASE
    lines = tuple(ReceiptLine(ln.name_bo, ln.name_zh, ln.name_en, qty_for_unit(ln.qty_milli, ln.unit), ln.unit,
                              ln.unit_price_fen, ln.line_total_fen, ln.discount_fen or 0) for ln in sale.lines)
    payments = tuple(ReceiptPayment(p.method, p.amount_fen, p.change_fen, p.reference)
                     for p in sale.payments)
    refund_of = None
    if sale.kind == "refund":
        discount = sum(ln.order_discount_fen or 0 for ln in sale.lines)
        original = (session.scalar(select(SaleRow.number).where(SaleRow.uuid == sale.refund_of))
                    if sale.refund_of else None)
        refund_of = original or sale.refund_of or "?"
    else:
        discount = sale.discount_fen or 0
    hall = hall_names_in(session)
    footer: tuple[str, ...] = ()
    title = receipt_label("copy", languages) if copy else None
    delivery = session.scalar(select(DeliveryRow.number).where(DeliveryRow.sale_uuid == sale.uuid))
    if delivery is not None and sale.kind == "sale":  # issue #16: the receipt says it is for delivery
        title = " · ".join(t for t in (receipt_label("delivery_banner", languages), title) if t)
        footer = (f"{receipt_label('delivery_no', languages)} {delivery}",)
    return ReceiptDoc(number=sale.number, local_time=sale_local_time(sale), cashier=sale.cashier,
                      shop_name_bo=hall["bo"], shop_name_zh=hall["zh"], shop_name_en=hall["en"],
                      lines=lines, total_fen=sale.total_fen, payments=payments,
                      change_fen=sale.change_fen, qr_url=receipt_url(base, sale.uuid),
                      title=title, footer=footer,
                      discount_fen=discount, rounding_fen=sale.rounding_fen or 0, refund_of=refund_of,
                      languages=languages)
