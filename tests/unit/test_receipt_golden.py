"""The 58 mm and 80 mm receipts still look like the committed golden images (looked at by a
person; regenerate with ``python -m tests.golden_receipts`` after an intended change)."""

import pytest
import zxingcpp
from PIL import Image, ImageChops

from yarlung_pos.printing.escpos_codec import decode_job, encode_receipt
from yarlung_pos.printing.receipt import render_receipt

from ..golden_receipts import GOLDEN, golden_doc


@pytest.mark.parametrize("width,name", [(384, "receipt-58mm.png"), (576, "receipt-80mm.png")])
def test_receipt_matches_golden(qapp, width, name):
    got = render_receipt(golden_doc(), width)
    with Image.open(GOLDEN / name) as golden:
        want = golden.convert("1")
    assert got.width == want.width == width
    # the same fonts and Qt give the same pixels; allow a little for another FreeType build
    assert abs(got.height - want.height) <= want.height * 0.01
    if got.height == want.height:
        diff = ImageChops.difference(got.convert("L"), want.convert("L"))
        changed = width * want.height - diff.histogram()[0]
        assert changed <= 0.01 * width * want.height, f"{changed} pixels differ from {name}"
    assert [c.text for c in zxingcpp.read_barcodes(got.convert("L"))] == [golden_doc().qr_url]
    # and the bytes a printer gets decode to exactly this image
    printed, _ = decode_job(encode_receipt(got))
    assert ImageChops.difference(printed.convert("L"), got.convert("L")).getbbox() is None
