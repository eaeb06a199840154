"""Receipts: one layout, rendered once to a 1-bit image at the printer's dot width.

Thermal ESC/POS printers have no Tibetan (and often no usable Chinese) fonts,
so the whole receipt is drawn here with Qt -- which shapes Tibetan stacks with
HarfBuzz -- onto a QImage exactly ``width_dots`` wide (384 dots for 58 mm
paper, 576 for 80 mm, both at 203 dpi), thresholded to a 1-bit Pillow image.
That same image is the on-screen preview (:func:`pil_to_qimage`) and the
raster sent to the printer, so what the cashier sees is what prints.

Money is integer fen throughout; :func:`format_fen` is the only place fen turn
into text.

Languages (issue #8): a receipt prints in one, two or three of ``bo`` (Tibetan),
``zh`` (Chinese) and ``en`` (English), in the order given (the terminal setting
``receipt_languages``).  Fixed labels come from :data:`RECEIPT_LABELS`, one word
per language, joined in that order (``("zh", "en")`` → ``"合计 Total"``); product
and shop names print in the chosen scripts, Tibetan on a line of its own.  A
receipt never depends on the screen language: the same sale prints the same
bytes from the till, the print queue and the command line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
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

from yarlung_pos.domain.hall import HALL_ADDRESS, HALL_NAME_BO, HALL_NAME_EN, HALL_NAME_ZH
from yarlung_pos import fonts
from yarlung_pos.domain import money
from yarlung_pos.domain.model import WEIGHED_UNITS

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image as PILImage

__all__ = [
    "DEFAULT_RECEIPT_LANGUAGES",
    "RECEIPT_LABELS",
    "TIBETAN_LABEL_SCALE",
    "RECEIPT_LANGUAGES",
    "PAPER_58MM_DOTS",
    "PAPER_80MM_DOTS",
    "ReceiptLine",
    "ReceiptPayment",
    "ReceiptDoc",
    "render_receipt",
    "render_test_page",
    "pil_to_qimage",
    "format_fen",
    "format_qty",
    "check_receipt_languages",
    "row_languages",
    "join_label",
    "receipt_label",
    "receipt_labels",
    "method_label",
    "name_lines",
]

#: Printable dot width of 58 mm paper at 203 dpi.
PAPER_58MM_DOTS = 384
#: Printable dot width of 80 mm paper at 203 dpi.
PAPER_80MM_DOTS = 576

_MIN_WIDTH_DOTS = 200
_MAX_WIDTH_DOTS = 2400

#: Units sold by measure (the domain's WEIGHED_UNITS, today only "kg"): their
#: quantity is printed with the unit ("0.735 kg").  Count units (piece, bottle,
#: jar, bag, box, pair, pack) print the bare number.
_MEASURED_UNITS = WEIGHED_UNITS

_YEN = "\uffe5"  # ￥ FULLWIDTH YEN SIGN, as on Chinese receipts (2 bytes in GB18030)


def _check_fen(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int count of fen, got {type(value).__name__}")


# ------------------------------------------------------------------- languages

#: The scripts a receipt can print in: Tibetan, Chinese, English.
RECEIPT_LANGUAGES: tuple[str, ...] = ("bo", "zh", "en")
#: Today's receipt: shop and product names in all three scripts (Tibetan on its
#: own line), fixed labels in Chinese and English (see :func:`row_languages`),
#: the thank-you line in all three.  The golden receipts are rendered with it.
DEFAULT_RECEIPT_LANGUAGES: tuple[str, ...] = ("bo", "zh", "en")

#: Fixed receipt wording, one entry per language.  Keep the Tibetan short: a
#: label shares its line with a value on 58 mm (384-dot) paper.  The Tibetan
#: is the shop's own wording; have a native speaker confirm changes.
RECEIPT_LABELS: dict[str, dict[str, str]] = {
    "no": {"bo": "ཨང་གྲངས།", "zh": "单号", "en": "No."},
    "refund_of": {"bo": "མ་ཡིག", "zh": "原单", "en": "Refund of"},
    "time": {"bo": "དུས་ཚོད།", "zh": "时间", "en": "Time"},
    "cashier": {"bo": "དངུལ་བསྡུ་བ།", "zh": "收银员", "en": "Cashier"},
    "discount": {"bo": "རིན་ཆག", "zh": "折扣", "en": "Discount"},
    "subtotal": {"bo": "ཕྲན་བསྡོམས།", "zh": "小计", "en": "Subtotal"},
    "sale_discount": {"bo": "ཡོངས་ཀྱི་རིན་ཆག", "zh": "整单折扣", "en": "Sale discount"},
    "rounding": {"bo": "སྐར་མ་སྙོམས།", "zh": "抹零", "en": "Rounding"},
    "total": {"bo": "ཁྱོན་བསྡོམས།", "zh": "合计", "en": "Total"},
    "refund_total": {"bo": "ཕྱིར་སློག", "zh": "退款", "en": "Refund"},
    "ref": {"bo": "ཨང་རྟགས།", "zh": "参考号", "en": "Ref."},
    "change": {"bo": "ལྷག་མ་ཕྱིར་སྤྲོད།", "zh": "找零", "en": "Change"},
    "thanks": {"bo": "ཐུགས་རྗེ་ཆེ།", "zh": "谢谢惠顾", "en": "Thank you"},
    "refund_banner": {"bo": "ཕྱིར་སློག", "zh": "退款", "en": "REFUND"},
    "copy": {"bo": "འདྲ་བཤུས།", "zh": "副本", "en": "COPY"},
    "cash": {"bo": "དངོས་དངུལ།", "zh": "现金", "en": "Cash"},
    "wechat": {"bo": "ཝེ་ཤིན་དངུལ་སྤྲོད།", "zh": "微信支付", "en": "WeChat Pay"},
    "alipay": {"bo": "ཀྲི་ཧྥུ་པའོ།", "zh": "支付宝", "en": "Alipay"},
    "unionpay": {"bo": "དབྱིན་ལན་ཁཱ།", "zh": "银联卡", "en": "UnionPay"},
    # the printer test page
    "printer_test": {"bo": "པར་ཆས་ཚོད་ལྟ།", "zh": "打印测试", "en": "PRINTER TEST"},
    "printer": {"bo": "པར་ཆས།", "zh": "打印机", "en": "Printer"},
    "profile": {"bo": "བཟོ་དབྱིབས།", "zh": "型号", "en": "Profile"},
    "width": {"bo": "ཞེང་ཚད།", "zh": "宽度", "en": "Width"},
}

#: Payment method codes with a label in :data:`RECEIPT_LABELS`.
_METHODS = ("cash", "wechat", "alipay", "unionpay")


def check_receipt_languages(languages: object) -> tuple[str, ...]:
    """``languages`` as a tuple if it is one to three of :data:`RECEIPT_LANGUAGES`, each
    at most once, in any order (a list or a comma-separated string such as
    ``"bo, zh"`` is accepted).  Raises ``ValueError`` saying what is wrong."""
    if isinstance(languages, str):
        languages = [x.strip() for x in languages.split(",") if x.strip()]
    try:
        langs = tuple(languages)  # type: ignore[arg-type]
    except TypeError:
        raise ValueError(f"receipt languages must be a list of codes, not {languages!r}") from None
    allowed = ", ".join(RECEIPT_LANGUAGES)
    if not langs:
        raise ValueError(f"choose at least one receipt language ({allowed})")
    bad = [x for x in langs if x not in RECEIPT_LANGUAGES]
    if bad:
        raise ValueError(f"unknown receipt language {bad[0]!r}: choose from {allowed}")
    if len(set(langs)) != len(langs):
        raise ValueError(f"receipt languages must each appear once, not {','.join(langs)}")
    return langs


def row_languages(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages fixed labels (rows, banners) print in.

    One or two languages: all of them, in order.  Three: the three words would not fit
    beside an amount on 58 mm paper, so labels keep the non-Tibetan two (Tibetan is
    still on the shop and product names and the thank-you line) -- exactly the
    receipts printed before the setting existed: ``("bo", "zh", "en") → ("zh", "en")``.
    """
    langs = check_receipt_languages(languages)
    if len(langs) >= 3:
        return tuple(x for x in langs if x != "bo")
    return langs


class _Label(str):
    """A fixed label as printed (its words joined by spaces) that remembers the words, one
    per language: a row whose label does not fit on one line breaks it between languages
    (one language a line, stacked) rather than inside a word."""

    parts: tuple[str, ...] = ()

    @classmethod
    def of(cls, parts: tuple[str, ...]) -> _Label:
        label = cls(" ".join(parts))
        label.parts = parts
        return label


def join_label(entry: dict[str, str], languages: tuple[str, ...]) -> str:
    """The words of one table entry (``{"bo": …, "zh": …, "en": …}``) in ``languages``,
    in that order, separated by a space; languages without a word are skipped."""
    return _Label.of(tuple(entry[x] for x in languages if entry.get(x)))


def receipt_label(key: str, languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> str:
    """The fixed label ``key`` of :data:`RECEIPT_LABELS` as printed on a receipt in
    ``languages``: ``receipt_label("total", ("zh", "en")) == "合计 Total"``.  Labels use
    :func:`row_languages`; ``"thanks"`` always uses every chosen language.  Raises
    ``KeyError`` for an unknown key and ``ValueError`` for bad languages."""
    entry = RECEIPT_LABELS[key]
    return join_label(entry, check_receipt_languages(languages) if key == "thanks" else row_languages(languages))


def receipt_labels(languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> dict[str, str]:
    """Every fixed label of :data:`RECEIPT_LABELS` as printed in ``languages`` (key →
    text), e.g. to check or show what a receipt will say without rendering it."""
    return {key: receipt_label(key, languages) for key in RECEIPT_LABELS}


def method_label(method: str, languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> str:
    """A payment method as printed (``"wechat"`` → ``"微信支付 WeChat Pay"`` in the
    default languages); an unknown code is printed as is."""
    return receipt_label(method, languages) if method in _METHODS else method


# --------------------------------------------------------------------------- data


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
        _check_fen("unit_price_fen", self.unit_price_fen)
        _check_fen("line_total_fen", self.line_total_fen)
        _check_fen("discount_fen", self.discount_fen)


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
        _check_fen("amount_fen", self.amount_fen)
        _check_fen("change_fen", self.change_fen)


@dataclass(frozen=True)
class ReceiptDoc:
    """Everything printed on one receipt; built by the sale/refund services.

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
            ``"bo"``, ``"zh"``, ``"en"`` (see :func:`check_receipt_languages`,
            :func:`row_languages`, :func:`name_lines`); a list is accepted.
            The default is today's receipt (:data:`DEFAULT_RECEIPT_LANGUAGES`).
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
        _check_fen("total_fen", self.total_fen)
        _check_fen("change_fen", self.change_fen)
        _check_fen("discount_fen", self.discount_fen)
        _check_fen("rounding_fen", self.rounding_fen)
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


# ------------------------------------------------------------------ formatting


def format_fen(fen: int) -> str:
    """Format integer fen as yuan with the full-width yen sign U+FFE5.

    Exactly two decimals, no thousands separator, minus sign before the yen
    sign: ``0 → "￥0.00"``, ``5 → "￥0.05"``, ``1250 → "￥12.50"``,
    ``123456 → "￥1234.56"``, ``-300 → "-￥3.00"``.  Pure integer arithmetic.

    Raises:
        TypeError: ``fen`` is not an int (floats and bools are refused).
    """
    _check_fen("fen", fen)
    return money.format_fen(fen, group=False)


def format_qty(qty: Decimal, unit: str) -> str:
    """Format a quantity for the receipt.

    Trailing zeros are dropped and no exponent is ever used.  Units sold by
    weight (``yarlung_pos.domain.model.WEIGHED_UNITS``: kg) are appended; count
    units (piece, bottle, jar, bag, box, pair, pack) print the bare number:
    ``(Decimal("2"), "bottle") → "2"``, ``(Decimal("0.735"), "kg") → "0.735 kg"``,
    ``(Decimal("1.500"), "kg") → "1.5 kg"``, ``(Decimal("-1"), "piece") → "-1"``.

    Raises:
        TypeError: ``qty`` is a float (or not a Decimal/int).
        ValueError: ``qty`` is NaN or infinite.
    """
    if isinstance(qty, bool) or not isinstance(qty, (Decimal, int)):
        raise TypeError(f"qty must be a Decimal, got {type(qty).__name__}")
    qty = Decimal(qty)
    if not qty.is_finite():
        raise ValueError(f"qty must be finite, got {qty}")
    if qty == 0:
        text = "0"
    else:
        text = format(qty.normalize(), "f")
    unit = (unit or "").strip()
    if unit in _MEASURED_UNITS:
        return f"{text} {unit}"
    return text


def _signed_fen(fen: int) -> str:
    """An adjustment (discount, rounding) with its sign always shown: ``-￥3.50``,
    ``+￥0.05``, ``￥0.00``."""
    return ("+" if fen > 0 else "") + format_fen(fen)


# ---------------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Style:
    """Pixel sizes (dots) for one paper width."""

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
    def for_width(cls, width: int) -> _Style:
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
#: never larger than the Tibetan product names (see :func:`_tibetan_scale`).
TIBETAN_LABEL_SCALE = 1.25
_THRESHOLD_LUT = [0 if v < _INK_THRESHOLD else 255 for v in range(256)]


def _tibetan_scale(font: QFont, st: _Style) -> float:
    """How much larger Tibetan runs of a label set in ``font`` print: up to
    :data:`TIBETAN_LABEL_SCALE`, up to the product-name size ``st.name_bo``, never
    smaller (the big total stays as it is, so it still fits beside its amount)."""
    return min(TIBETAN_LABEL_SCALE, max(1.0, st.name_bo / font.pixelSize()))


def _font(pixel_size: int, bold: bool = False) -> QFont:
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


class _Block:
    height: int = 0

    def paint(self, painter: QPainter, y: int) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class _Gap(_Block):
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


class _Text(_Block):
    """A paragraph laid out once with QTextLayout; wraps, never clips.

    ``tibetan_scale`` enlarges Tibetan runs (fixed labels at label size would be hard to
    read: Tibetan letters are small for their pixel size); 1 leaves the text as one font.
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


class _Row(_Block):
    """Left text and a right-aligned value sharing a baseline.

    The left text wraps in the room the value leaves; if that room is too
    narrow the value moves to its own line, right-aligned.
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
        right_probe = _Text(right, right_font, 0, width, Qt.AlignmentFlag.AlignRight)
        right_w = math.ceil(right_probe.natural_width)
        room = width - right_w - gap
        self.stacked = room < width * 0.4
        self.left = _Text(left, left_font, x, width if self.stacked else room, tibetan_scale=left_tibetan_scale)
        parts = getattr(left, "parts", ())
        if len(parts) > 1 and self.left.layout.lineCount() > 1:
            # Too long for one line: one language a line (U+2028 LINE SEPARATOR), so no
            # word is cut in two ("现金 / 销售", "ལྷག་ / ཆད།").
            self.left = _Text("\u2028".join(parts), left_font, x, width if self.stacked else room,
                              tibetan_scale=left_tibetan_scale)
        self.right = _Text(right, right_font, x, width, Qt.AlignmentFlag.AlignRight)
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


class _Rule(_Block):
    """A dashed (or solid) horizontal rule with padding above and below."""

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


class _Banner(_Block):
    """Inverted (white on black) centred text, e.g. a COPY banner on reprints."""

    def __init__(self, text: str, font: QFont, x: int, width: int, pad: int, tibetan_scale: float = 1.0) -> None:
        self.x, self.width, self.pad = x, width, pad
        self.text = _Text(text, font, x, width - 2 * pad, Qt.AlignmentFlag.AlignHCenter, tibetan_scale)
        self.text.x = x + pad
        self.height = self.text.height + 2 * pad

    def paint(self, painter: QPainter, y: int) -> None:
        painter.fillRect(QRect(self.x, y, self.width, self.height), Qt.GlobalColor.black)
        painter.save()
        painter.setPen(QColor(Qt.GlobalColor.white))
        self.text.paint(painter, y + self.pad)
        painter.restore()


class _QR(_Block):
    """A QR code (error correction M, 4-module quiet zone) centred on the paper."""

    def __init__(self, data: str, style: _Style) -> None:
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


def _build(doc: ReceiptDoc, st: _Style) -> list[_Block]:
    x = st.margin
    w = st.width - 2 * st.margin
    center = Qt.AlignmentFlag.AlignHCenter
    f_small = _font(st.small)
    f_body = _font(st.body)
    f_body_b = _font(st.body, bold=True)
    f_name_bo = _font(st.name_bo)
    f_total = _font(st.total, bold=True)

    blocks: list[_Block] = []

    def text(s: str, font: QFont, align=Qt.AlignmentFlag.AlignLeft, indent: int = 0, scale: float = 1.0) -> None:
        if s:
            blocks.append(_Text(s, font, x + indent, w - indent, align, scale))

    def row(left: str, right: str, lf: QFont = f_body, rf: QFont = f_body, indent: int = 0):
        blocks.append(_Row(left, right, lf, rf, x + indent, w - indent, st.gap, _tibetan_scale(lf, st)))

    def rule(dashed: bool = True) -> None:
        blocks.append(_Rule(x, w, st.rule, st.gap, dashed))

    langs = doc.languages
    f_banner = _font(st.shop_en, bold=True)

    def label(key: str) -> str:
        return receipt_label(key, langs)

    # Header: shop name in the chosen scripts, address.
    shop = {"bo": (doc.shop_name_bo, st.shop_bo), "zh": (doc.shop_name_zh, st.shop_zh),
            "en": (doc.shop_name_en, st.shop_en)}
    for lang in langs:
        name, size = shop[lang]
        text(name, _font(size, bold=True), center)
    text(doc.shop_address, f_small, center)
    refund = doc.refund_of is not None
    if refund:
        blocks.append(_Gap(st.gap))
        blocks.append(_Banner(label("refund_banner"), f_banner, x, w, st.gap // 2 + 2, _tibetan_scale(f_banner, st)))
    if doc.title:
        blocks.append(_Gap(st.gap))
        blocks.append(_Banner(doc.title, f_banner, x, w, st.gap // 2 + 2, _tibetan_scale(f_banner, st)))
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
            blocks.append(_Gap(st.item_gap))
        for script, name in name_lines(line, langs):
            text(name, f_name_bo if script == "bo" else f_body)
        qty = format_qty(line.qty, line.unit)
        price = format_fen(line.unit_price_fen)
        if line.unit.strip() in _MEASURED_UNITS:
            price = f"{price}/{line.unit.strip()}"
        row(f"{qty} × {price}", format_fen(line.line_total_fen), f_body, f_body_b, st.indent)
        if line.discount_fen:
            row(label("discount"), _signed_fen(-line.discount_fen), f_body, f_body, st.indent)
    rule()

    # Subtotal, whole-sale discount and cash rounding (only when there are any).
    if doc.discount_fen or doc.rounding_fen:
        subtotal = sum(ln.line_total_fen - ln.discount_fen for ln in doc.lines)
        row(label("subtotal"), format_fen(subtotal))
        if doc.discount_fen:
            row(label("sale_discount"), _signed_fen(-doc.discount_fen))
        if doc.rounding_fen:
            row(label("rounding"), _signed_fen(doc.rounding_fen))
        blocks.append(_Gap(st.gap // 2))

    # Total, payments, change.
    row(label("refund_total" if refund else "total"), format_fen(doc.total_fen), f_total, f_total)
    blocks.append(_Gap(st.gap // 2))
    for pay in doc.payments:
        row(method_label(pay.method, langs), format_fen(pay.amount_fen))
        if pay.reference:
            text(label("ref") + " " + pay.reference, f_small, indent=st.indent, scale=_tibetan_scale(f_small, st))
    if doc.change_fen or (not refund and any(p.method == "cash" for p in doc.payments)):
        row(label("change"), format_fen(doc.change_fen), f_body_b, f_body_b)

    # QR code with its URL beneath.
    if doc.qr_url:
        rule()
        blocks.append(_QR(doc.qr_url, st))
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
        :func:`pil_to_qimage` for the on-screen preview.

    Raises:
        TypeError / ValueError: ``width_dots`` is not an int in range, or the
            QR payload is too long to fit the paper at the minimum module size.
    """
    if isinstance(width_dots, bool) or not isinstance(width_dots, int):
        raise TypeError(f"width_dots must be an int, got {type(width_dots).__name__}")
    if not _MIN_WIDTH_DOTS <= width_dots <= _MAX_WIDTH_DOTS:
        raise ValueError(
            f"width_dots must be between {_MIN_WIDTH_DOTS} and {_MAX_WIDTH_DOTS}, got {width_dots}"
        )
    fonts.ensure_gui_app()
    style = _Style.for_width(width_dots)
    return _render(_build(doc, style), style, width_dots)


def _render(blocks: list[_Block], style: _Style, width_dots: int) -> PILImage:
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

    gray = Image.frombuffer(
        "L", (width_dots, height), bytes(image.constBits()), "raw", "L", image.bytesPerLine(), 1
    )
    # Threshold (no dithering): see _INK_THRESHOLD.
    return gray.point(_THRESHOLD_LUT).convert("1", dither=Image.Dither.NONE)


def render_test_page(width_dots: int, qr_url: str, printer: str, profile: str = "default",
                     languages: tuple[str, ...] = DEFAULT_RECEIPT_LANGUAGES) -> PILImage:
    """A printer test page, rendered like a receipt: the three scripts (with Tibetan stacks),
    ``￥`` amounts, a ruler of the paper width, a QR code of ``qr_url``, and the settings
    (``printer`` description, ``profile``, width in dots and mm at 203 dpi).  Its labels are
    in ``languages`` (see :func:`receipt_label`); the script samples are always all three."""
    languages = check_receipt_languages(languages)
    if not _MIN_WIDTH_DOTS <= width_dots <= _MAX_WIDTH_DOTS:
        raise ValueError(f"width_dots must be between {_MIN_WIDTH_DOTS} and {_MAX_WIDTH_DOTS}, got {width_dots}")
    fonts.ensure_gui_app()
    st = _Style.for_width(width_dots)
    x, w = st.margin, width_dots - 2 * st.margin
    center = Qt.AlignmentFlag.AlignHCenter
    blocks: list[_Block] = [
        _Text(HALL_NAME_BO, _font(st.shop_bo, bold=True), x, w, center),
        _Text(HALL_NAME_ZH, _font(st.shop_zh, bold=True), x, w, center),
        _Text(HALL_NAME_EN, _font(st.shop_en, bold=True), x, w, center),
        _Gap(st.gap),
        _Banner(receipt_label("printer_test", languages), _font(st.shop_en, bold=True), x, w, st.gap // 2 + 2),
        _Rule(0, width_dots, st.rule, st.gap, False),  # full width: every dot of the head
        _Text("བོད་ཡིག  བསྒྲུབས་ སྤྱི་ཚོགས་ རྒྱ་མཚོ། ཡར་ཀླུངས།", _font(st.name_bo), x, w),
        _Text("中文  青稞酒 菜籽油 藏香 卡垫 琼结县", _font(st.body), x, w),
        _Text("English  Highland barley wine, colza oil", _font(st.body), x, w),
        _Row(receipt_label("total", languages), format_fen(123456), _font(st.total, bold=True),
             _font(st.total, bold=True), x, w, st.gap),
        _Rule(x, w, st.rule, st.gap, True),
        _Row(receipt_label("printer", languages), printer, _font(st.small), _font(st.small), x, w, st.gap),
        _Row(receipt_label("profile", languages), profile, _font(st.small), _font(st.small), x, w, st.gap),
        _Row(receipt_label("width", languages), f"{width_dots} dots = {width_dots / 8:g} mm",
             _font(st.small), _font(st.small), x, w, st.gap),
        _Rule(x, w, st.rule, st.gap, True),
        _QR(qr_url, st),
        _Text(qr_url, _font(st.small), x, w, center),
        _Rule(0, width_dots, st.rule, st.gap, False),
    ]
    return _render(blocks, st, width_dots)


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
