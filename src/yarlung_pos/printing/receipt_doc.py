"""The receipt as a document: what one printed receipt holds, before any layout.

The sale and refund services build a :class:`ReceiptDoc` (lines, tenders, totals, the shop,
the languages); :func:`yarlung_pos.printing.receipt.render_receipt` lays it out.  Money is
integer fen; every amount is checked to be an ``int`` when the document is made, so a float
never reaches the printer.  Nothing here needs Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from yarlung_pos.domain.hall import HALL_ADDRESS, HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos.printing.receipt_text import DEFAULT_RECEIPT_LANGUAGES, check_fen, check_receipt_languages

__all__ = ["ReceiptDoc", "ReceiptLine", "ReceiptPayment", "name_lines"]


@dataclass(frozen=True)
class ReceiptLine:
    """One sold line as printed: names in three scripts, quantity and money.

    Attributes:
        name_bo: Tibetan product name (may be empty).
        name_zh: Chinese product name (may be empty).
        name_en: English product name (may be empty).
        qty: quantity as a Decimal (``Decimal("2")``, ``Decimal("0.735")``);
            negative on refunds.  An int is accepted; a float raises TypeError.
        unit: unit code: piece, bottle, kg, jar, bag, box, pair, pack …
        unit_price_fen: unit price in integer fen (1 yuan = 100 fen).
        line_total_fen: line total in integer fen, already rounded by the domain
            (before discounts; negative on refunds).
        discount_fen: the line's own discount, integer fen, printed under the line
            as an amount taken off (``350`` prints ``-￥3.50``; on a refund the
            refunded part of it is negative and prints ``+￥3.50``).  0 = none.
    """

    name_bo: str
    name_zh: str
    name_en: str
    qty: Decimal
    unit: str
    unit_price_fen: int
    line_total_fen: int
    discount_fen: int = 0

    def __post_init__(self) -> None:
        if isinstance(self.qty, bool) or not isinstance(self.qty, (Decimal, int)):
            raise TypeError(f"qty must be a Decimal, got {type(self.qty).__name__}")
        check_fen("unit_price_fen", self.unit_price_fen)
        check_fen("line_total_fen", self.line_total_fen)
        check_fen("discount_fen", self.discount_fen)


@dataclass(frozen=True)
class ReceiptPayment:
    """One tender as printed.

    Attributes:
        method: ``"cash"``, ``"wechat"``, ``"alipay"`` or ``"unionpay"`` (any
            other code is printed as is).
        amount_fen: the amount tendered, integer fen.
        change_fen: change given against this tender, integer fen (the receipt
            prints :attr:`ReceiptDoc.change_fen`, the total change).
        reference: payment reference (e.g. WeChat transaction id), or None.
    """

    method: str
    amount_fen: int
    change_fen: int = 0
    reference: str | None = None

    def __post_init__(self) -> None:
        check_fen("amount_fen", self.amount_fen)
        check_fen("change_fen", self.change_fen)


@dataclass(frozen=True)
class ReceiptDoc:
    """Everything printed on one receipt; built by the sale/refund services.

    Raises ``TypeError`` for an amount that is not an int count of fen or a
    ``local_time`` that is not a datetime, ``ValueError`` as noted below.

    Attributes:
        number: receipt number carrying the terminal code, e.g. ``"T01-000123"``.
        local_time: timezone-aware time of the sale in the terminal's local
            offset (printed as ``2026-11-29 14:05``).  A naive datetime raises
            ValueError.
        cashier: cashier's display name (any script).
        lines: the sold lines (a list is accepted and stored as a tuple).
        total_fen: amount due, integer fen.
        payments: the tenders (a list is accepted and stored as a tuple).
        change_fen: total change given, integer fen.
        shop_name_bo / shop_name_zh / shop_name_en: shop name in three scripts.
        shop_address: one address line (wraps if long).
        qr_url: if set, a QR code (error correction M) of this URL is drawn near
            the bottom with the URL in small text beneath.
        title: optional banner printed inverted under the shop name, e.g.
            ``"副本 COPY"`` on reprints.
        footer: extra centred lines printed before the thank-you line.
        discount_fen: the whole-sale discount, integer fen, printed as an
            amount taken off after a subtotal (on a refund: its negative share).
        rounding_fen: cash rounding (抹零) added to the total, integer fen
            (``-7`` when ￥12.37 became ￥12.30), printed when not 0.
        refund_of: set on a refund: the number of the sale it refunds.  The
            receipt then carries a "退款 REFUND" banner and a "Refund of …"
            line; its amounts are negative (money going back).
        languages: the scripts printed, in stacking order: one to three of
            ``"bo"``, ``"zh"``, ``"en"`` (see :func:`name_lines` and, in
            :mod:`yarlung_pos.printing.receipt_text`, ``check_receipt_languages``
            and ``row_languages``); a list is accepted.  The default is today's
            receipt (``DEFAULT_RECEIPT_LANGUAGES``).  Bad languages raise ValueError.
    """

    number: str
    local_time: datetime
    cashier: str
    lines: tuple[ReceiptLine, ...]
    total_fen: int
    payments: tuple[ReceiptPayment, ...]
    change_fen: int
    # "Yarlung" + ལེགས་འདེམས "good selection" (优选).  Have a native speaker confirm.
    shop_name_bo: str = HALL_NAME_BO
    shop_name_zh: str = HALL_NAME_ZH
    shop_name_en: str = HALL_NAME_EN
    shop_address: str = HALL_ADDRESS
    qr_url: str | None = None
    title: str | None = None
    footer: tuple[str, ...] = ()
    discount_fen: int = 0
    rounding_fen: int = 0
    refund_of: str | None = None
    languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES

    def __post_init__(self) -> None:
        if not isinstance(self.local_time, datetime):
            raise TypeError("local_time must be a datetime")
        if self.local_time.tzinfo is None or self.local_time.utcoffset() is None:
            raise ValueError("local_time must be timezone-aware (terminal's local offset)")
        check_fen("total_fen", self.total_fen)
        check_fen("change_fen", self.change_fen)
        check_fen("discount_fen", self.discount_fen)
        check_fen("rounding_fen", self.rounding_fen)
        for name in ("lines", "payments", "footer"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))
        object.__setattr__(self, "languages", check_receipt_languages(self.languages))


def name_lines(line: ReceiptLine, languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> list[tuple[str, str]]:
    """The product name lines of ``line`` in ``languages``: ``(script, text)`` pairs, top
    to bottom.  Tibetan gets a line of its own (``("bo", name_bo)``); neighbouring Chinese
    and English names share one (``("zh", "青稞酒 Barley wine")``; the script is the
    first one's).  Empty names are skipped; if none of the chosen names is set, the first
    name there is (Chinese, English, Tibetan) prints, so a line is never nameless."""
    langs = check_receipt_languages(languages)

    def build(order: tuple[str, ...]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        group: list[str] = []
        group_lang = ""
        for lang in order:
            name = getattr(line, f"name_{lang}")
            if lang == "bo":
                if group:
                    out.append((group_lang, " ".join(group)))
                    group = []
                if name:
                    out.append(("bo", name))
            elif name:
                group_lang = group_lang if group else lang
                group.append(name)
        if group:
            out.append((group_lang, " ".join(group)))
        return out

    lines = build(langs)
    if not lines:
        fallback = next((x for x in ("zh", "en", "bo") if getattr(line, f"name_{x}")), None)
        if fallback:
            lines = build((fallback,))
    return lines
