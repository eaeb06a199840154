"""A printed label scans back into the till: decode the PDF's QR codes, type them into the
scan field as a scanner would, and the products land in the cart."""

from collections import Counter

from yarlung_pos.config import Settings
from yarlung_pos.services.labels import make_labels, resolve_label_items

from ..integration.test_labels import decode_pdf
from .test_till_sale import scan


def test_label_payloads_add_their_products(qtbot, demo_till, tmp_path):
    till, store = demo_till, demo_till.service.store
    with store.read() as s:
        items = resolve_label_items(s, [("WINE-001", 2), ("RUG-003", 1)], category="DAIRY")
    pdf = tmp_path / "labels.pdf"
    make_labels(store, items, "a4-5x13", pdf, Settings())
    payloads = [text for _, fmt, text in decode_pdf(pdf)[1] if fmt == "QRCode"]
    assert len(payloads) == sum(c for _, c in items)
    for payload in payloads:
        scan(qtbot, till, payload)
    got = Counter({line.sku: int(line.qty) for line in till.cart.lines})
    want = Counter()
    for p, c in items:
        want[p.sku] += c
    assert got == want
