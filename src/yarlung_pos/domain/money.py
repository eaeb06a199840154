"""Money is an integer count of fen (1 yuan = 100 fen); quantities are ``Decimal``.

Every rounding rule of the till lives here, in named functions, so that it is applied the
same way by the UI, the command line and the receipt.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

FEN_PER_YUAN = 100
MAX_AMOUNT_FEN = 100_000_000  # ￥1,000,000: no amount typed at the counter is larger
_PLAIN_NUMBER = re.compile(r"^\d{1,9}(?:\.\d*)?$|^\.\d+$", re.ASCII)
YUAN_SIGN = "\uffe5"  # ￥ FULLWIDTH YEN SIGN, the form Chinese receipts use


class InvalidAmount(ValueError):
    """A typed money amount could not be read (not a number, negative, or more than 2 decimals)."""


def line_total_fen(unit_price_fen: int, qty: Decimal) -> int:
    """Total of an order line in fen: ``unit_price_fen × qty`` rounded half-up to a whole fen.

    ``unit_price_fen`` is an ``int`` (fen per unit); ``qty`` a ``Decimal`` (units, e.g. kg with up
    to 3 decimals).  Rule: round half up per line (0.5 fen → 1 fen), as GB/T practice for retail
    price computation and most Chinese POS systems do.  Negative quantities round symmetrically.
    """
    if not isinstance(unit_price_fen, int):
        raise TypeError("unit_price_fen must be int fen")
    exact = Decimal(unit_price_fen) * Decimal(qty)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_yuan(text: str) -> int:
    """Parse an amount typed in yuan (``"200"``, ``"12.5"``, ``"￥12.50"``) into fen.

    Returns an ``int`` ≥ 0.  Raises :class:`InvalidAmount` for empty text, anything but plain
    digits with an optional decimal point (no signs, exponents, NaN), more than two decimals
    (there is nothing below a fen) or more than ￥1,000,000 (a scanned barcode, not money).
    """
    cleaned = text.strip().replace(YUAN_SIGN, "").replace("¥", "").replace(",", "").strip()
    if not cleaned:
        raise InvalidAmount("empty amount")
    if not _PLAIN_NUMBER.match(cleaned):
        raise InvalidAmount(f"not an amount: {text.strip()!r}")
    value = Decimal(cleaned)
    if value * FEN_PER_YUAN > MAX_AMOUNT_FEN:
        raise InvalidAmount(f"amount too large: {text.strip()!r}")
    fen = value * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise InvalidAmount(f"more than two decimals: {text.strip()!r}")
    return int(fen)


def format_fen(fen: int, sign: bool = True, group: bool = True) -> str:
    """Format fen as yuan with two decimals: ``1250 → "￥12.50"``, ``-300 → "-￥3.00"``,
    ``123456 → "￥1,234.56"`` (``group=False``: ``"￥1234.56"``, as receipts print it).

    ``sign=False`` leaves out the ``￥``.  Integer arithmetic only; raises ``TypeError`` for
    anything but an ``int`` (floats and bools are refused).
    """
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError("fen must be int")
    neg = fen < 0
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    body = f"{yuan:,}.{cents:02d}" if group else f"{yuan}.{cents:02d}"
    return ("-" if neg else "") + (YUAN_SIGN if sign else "") + body
