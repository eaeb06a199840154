"""Reading what a barcode scanner (or a cashier) typed into the scan field.

A scan is one of: a product-label URL whose path ends in ``/p/<SKU>`` (the shelf labels), an
EAN-13/EAN-8/UPC-A barcode (GS1 General Specifications §7.9 check digit), or a SKU.  Anything else is search text.
"""

from __future__ import annotations

import unicodedata

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from yarlung_pos.domain.model import QT_TRANSLATE_NOOP, UnknownCode

_URL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)", re.ASCII)
_LABEL_PATH = re.compile(r"/p/([^/?#]+)/?$", re.IGNORECASE)
SKU_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,63}$", re.ASCII)


@dataclass(frozen=True)
class ScanCode:
    """A parsed code.  ``kind`` is ``"sku"`` (from a label URL), ``"barcode"`` (digits with a
    valid check digit) or ``"code"`` (an SKU or barcode typed as is).  ``value`` is normalised
    (SKUs upper-case; UPC-A widened to EAN-13)."""

    kind: str
    value: str
    #: False for an 8/12/13-digit code whose GS1 check digit is wrong: a misread barcode,
    #: unless a product has exactly this SKU
    check_digit_ok: bool = True


def gs1_check_digit(body: str) -> int:
    """GS1 mod-10 check digit of the digits in ``body`` (all but the check digit)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """True for an 8-, 12- or 13-digit GTIN (EAN-8, UPC-A, EAN-13) whose check digit is right."""
    return (code.isascii() and code.isdigit() and len(code) in (8, 12, 13)
            and gs1_check_digit(code[:-1]) == int(code[-1]))


def looks_like_code(text: str) -> bool:
    """True when ``text`` came from a scanner rather than a person typing a search: a URL or
    eight or more digits.  Such input never falls back to search, so a misread code can't add
    the wrong product."""
    t = unicodedata.normalize("NFKC", text).strip()  # full-width digits from a Chinese IME count too
    return bool(_URL.match(t)) or (t.isascii() and t.isdigit() and len(t) >= 8)


def parse_scan(text: str) -> ScanCode:
    """Parse scanner input.  Raises :class:`UnknownCode` for a URL that is not a product label.
    A barcode with a wrong check digit is returned as a ``"code"`` with ``check_digit_ok``
    False (it may still be a numeric SKU; otherwise it is a misread)."""
    t = unicodedata.normalize("NFKC", text).strip()  # ６９７… (full width) is 697…
    if not t:
        raise UnknownCode(QT_TRANSLATE_NOOP("DomainError", "nothing scanned"))
    if _URL.match(t):
        path = urlsplit(t if "://" in t else "https://" + t).path  # scheme/host case-free
        m = _LABEL_PATH.search(path)
        if not m:
            raise UnknownCode(QT_TRANSLATE_NOOP("DomainError", "not a product label: {code}"),
                              code=t if len(t) <= 60 else t[:59] + "…")
        return ScanCode("sku", unquote(m.group(1)).strip().upper())
    if t.isascii() and t.isdigit() and len(t) >= 8:
        if len(t) in (8, 12, 13):
            if not is_valid_gtin(t):
                return ScanCode("code", t, check_digit_ok=False)
            return ScanCode("barcode", "0" + t if len(t) == 12 else t)
        return ScanCode("code", t)
    return ScanCode("code", t.upper())
