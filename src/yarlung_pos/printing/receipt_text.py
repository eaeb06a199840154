"""What a receipt says: its fixed wording in Tibetan, Chinese and English, and its numbers.

A receipt prints in one, two or three of ``bo`` (Tibetan), ``zh`` (Chinese) and ``en``
(English), in the order given (the terminal setting ``receipt_languages``).  Fixed labels come
from :data:`RECEIPT_LABELS`, one word per language, joined in that order (``("zh", "en")`` →
``"合计 Total"``).  A receipt never depends on the screen language: the same sale prints the
same words from the till, the print queue and the command line.

Money is integer fen throughout; :func:`format_fen` is the only place a receipt turns fen into
text.  Nothing here needs Qt: the wording can be checked (and settings validated) without a
GUI.
"""

from __future__ import annotations

from decimal import Decimal

from yarlung_pos.domain import money
from yarlung_pos.domain.model import WEIGHED_UNITS

__all__ = [
    "DEFAULT_RECEIPT_LANGUAGES",
    "METHODS",
    "RECEIPT_LABELS",
    "RECEIPT_LANGUAGES",
    "Label",
    "check_fen",
    "check_receipt_languages",
    "format_fen",
    "format_qty",
    "format_unit_price",
    "join_label",
    "method_label",
    "receipt_label",
    "receipt_labels",
    "row_languages",
    "signed_fen",
]

#: Units sold by measure (the domain's WEIGHED_UNITS, today only "kg"): their
#: quantity is printed with the unit ("0.735 kg").  Count units (piece, bottle,
#: jar, bag, box, pair, pack) print the bare number.
_MEASURED_UNITS = WEIGHED_UNITS


def check_fen(name: str, value: object) -> None:
    """Refuse anything but an ``int`` count of fen (floats and bools included): raises
    ``TypeError`` naming the field ``name``; returns ``None`` for a valid amount."""
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
    "delivery_banner": {"bo": "སྐྱེལ་འདྲེན།", "zh": "送货上门", "en": "FOR DELIVERY"},
    "delivery_no": {"bo": "སྐྱེལ་ཨང་།", "zh": "送货单号", "en": "Delivery"},
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
METHODS: tuple[str, ...] = ("cash", "wechat", "alipay", "unionpay")


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
    Raises ``ValueError`` for bad languages (see :func:`check_receipt_languages`).
    """
    langs = check_receipt_languages(languages)
    if len(langs) >= 3:
        return tuple(x for x in langs if x != "bo")
    return langs


class Label(str):
    """A fixed label as printed (its words joined by spaces) that remembers the words, one
    per language, in :attr:`parts`: a layout row whose label does not fit on one line
    breaks it between languages (one language a line, stacked) rather than inside a word
    (see :class:`yarlung_pos.printing.raster.Row`).  Build one with :meth:`of` or
    :func:`join_label`; it compares and prints like the plain string."""

    #: the label's words, one per language, in print order (empty for a plain string)
    parts: tuple[str, ...] = ()

    @classmethod
    def of(cls, parts: tuple[str, ...]) -> Label:
        """The label whose words are ``parts`` (printed joined by single spaces)."""
        label = cls(" ".join(parts))
        label.parts = parts
        return label


def join_label(entry: dict[str, str], languages: tuple[str, ...]) -> str:
    """The words of one table entry (``{"bo": …, "zh": …, "en": …}``) in ``languages``,
    in that order, separated by a space; languages without a word are skipped.  Returns a
    :class:`Label` (a ``str`` that remembers its words)."""
    return Label.of(tuple(entry[x] for x in languages if entry.get(x)))


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
    return receipt_label(method, languages) if method in METHODS else method


# ------------------------------------------------------------------ formatting


def format_fen(fen: int) -> str:
    """Format integer fen as yuan with the full-width yen sign U+FFE5.

    Exactly two decimals, no thousands separator, minus sign before the yen
    sign: ``0 → "￥0.00"``, ``5 → "￥0.05"``, ``1250 → "￥12.50"``,
    ``123456 → "￥1234.56"``, ``-300 → "-￥3.00"``.  Pure integer arithmetic.

    Raises:
        TypeError: ``fen`` is not an int (floats and bools are refused).
    """
    check_fen("fen", fen)
    return money.format_fen(fen, group=False)


def signed_fen(fen: int) -> str:
    """An adjustment or difference (discount, rounding, cash moved, over/short) in integer
    fen with its sign always shown: ``-350 → "-￥3.50"``, ``5 → "+￥0.05"``, ``0 → "￥0.00"``.
    Raises ``TypeError`` like :func:`format_fen`."""
    return ("+" if fen > 0 else "") + format_fen(fen)


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


def format_unit_price(unit_price_fen: int, unit: str) -> str:
    """A unit price in integer fen as printed after the quantity: per unit of measure for
    units sold by weight (``(1600, "kg") → "￥16.00/kg"``), bare for count units
    (``(3500, "bottle") → "￥35.00"``).  Raises ``TypeError`` like :func:`format_fen`."""
    price = format_fen(unit_price_fen)
    unit = (unit or "").strip()
    return f"{price}/{unit}" if unit in _MEASURED_UNITS else price
