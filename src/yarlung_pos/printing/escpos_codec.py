"""ESC/POS job bytes for a rendered receipt, built with python-escpos, and a strict decoder
of exactly those bytes (used by the tests' fake network printer and by ``printer capture``).

A job is: ``ESC @`` (initialise), optionally ``ESC p`` (kick the cash drawer), the receipt
as ``GS v 0`` raster images (in fragments of :data:`FRAGMENT_HEIGHT` dots, which cheap
printers' buffers accept), then ``ESC d 6`` and ``GS V`` (feed and cut) when cutting.
Units: dots at 203 dpi (8 dots per mm) unless the printer profile says otherwise.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from functools import lru_cache

from PIL import Image

FRAGMENT_HEIGHT = 256  # dots per GS v 0 block
ESC, GS = b"\x1b", b"\x1d"


class EscposDecodeError(ValueError):
    """Bytes that are not a job this module writes (offset and reason in the message)."""


@lru_cache(maxsize=1)
def _profiles() -> dict:
    import escpos
    with open(os.path.join(os.path.dirname(escpos.__file__), "capabilities.json"), encoding="utf-8") as fh:
        return json.load(fh)["profiles"]


def profile_names() -> list[str]:
    """python-escpos capability profile names, ``default`` first."""
    names = sorted(_profiles())
    names.remove("default")
    return ["default", *names]


def profile_width(name: str) -> int | None:
    """Printable width in dots of the python-escpos profile ``name``, or ``None`` if the
    profile does not say.  Raises ``KeyError`` for an unknown profile."""
    data = _profiles()[name]
    pixels = data.get("media", {}).get("width", {}).get("pixels")
    return pixels if isinstance(pixels, int) else None


def encode_receipt(image: Image.Image, profile: str = "default", cut: bool = True,
                   drawer_pin: int | None = None) -> bytes:
    """ESC/POS bytes printing ``image`` (mode "1", the paper's dot width) as raster.

    ``drawer_pin`` 2 or 5 kicks the cash drawer first (``None``/0: no kick).  Raises
    ``ValueError`` if the image is wider than the profile prints (python-escpos'
    ``ImageWidthError``) or the pin is not 2 or 5."""
    from escpos.exceptions import ImageWidthError
    from escpos.printer import Dummy

    printer = Dummy(profile=None if profile == "default" else profile)
    printer.hw("INIT")
    if drawer_pin:
        if drawer_pin not in (2, 5):
            raise ValueError(f"cash drawer pin must be 2 or 5, not {drawer_pin}")
        printer.cashdraw(drawer_pin)
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # python-escpos prints profile notes
            printer.image(image.convert("1"), impl="bitImageRaster", fragment_height=FRAGMENT_HEIGHT)
    except ImageWidthError as exc:
        raise ValueError(f"the receipt is wider than printer profile {profile!r} prints ({exc})") from None
    if cut:
        printer.cut()  # feeds 6 lines, then cuts
    else:
        printer.print_and_feed(6)  # bring the end of the receipt out to the tear bar
    return printer.output


def decode_job(data: bytes) -> tuple[Image.Image | None, dict]:
    """Decode a job written by :func:`encode_receipt` back into the printed image (raster
    blocks stacked top to bottom, mode "1") and what else it asked for:
    ``{"init": n, "drawer": [pins], "feed": [lines], "cut": [modes]}``.  Raises
    :class:`EscposDecodeError` on any byte sequence it does not know."""
    blocks: list[Image.Image] = []
    info: dict = {"init": 0, "drawer": [], "feed": [], "cut": []}
    i = 0
    n = len(data)
    while i < n:
        if data.startswith(ESC + b"@", i):
            info["init"] += 1
            i += 2
        elif data.startswith(ESC + b"p", i) and i + 5 <= n:
            info["drawer"].append({0: 2, 48: 2, 1: 5, 49: 5}.get(data[i + 2], data[i + 2]))
            i += 5
        elif data.startswith(ESC + b"d", i) and i + 3 <= n:
            info["feed"].append(data[i + 2])
            i += 3
        elif data.startswith(GS + b"V", i) and i + 3 <= n:
            mode = data[i + 2]
            if mode in (65, 66):  # GS V m n
                info["cut"].append("feed-cut")
                i += 4
            else:
                info["cut"].append({0: "full", 48: "full", 1: "part", 49: "part"}.get(mode, mode))
                i += 3
        elif data.startswith(GS + b"v0", i) and i + 8 <= n:
            width_bytes = data[i + 4] | (data[i + 5] << 8)
            height = data[i + 6] | (data[i + 7] << 8)
            start, end = i + 8, i + 8 + width_bytes * height
            if end > n:
                raise EscposDecodeError(f"offset {i}: raster block of {width_bytes}×{height} bytes runs past the end")
            raster = Image.frombytes("1", (width_bytes * 8, height), data[start:end])
            # printer bits: 1 = black dot; PIL "1": 0 = black — invert
            blocks.append(raster.point(lambda v: 255 - v, mode="1"))
            i = end
        elif data[i] == 0x0A:  # LF
            i += 1
        else:
            raise EscposDecodeError(f"offset {i}: unexpected byte 0x{data[i]:02x}")
    if not blocks:
        return None, info
    width = max(b.width for b in blocks)
    image = Image.new("1", (width, sum(b.height for b in blocks)), 1)
    y = 0
    for b in blocks:
        image.paste(b, (0, y))
        y += b.height
    return image, info
