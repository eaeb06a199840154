"""Issue #16: shipping labels and packing slips made from stored deliveries (real SQLite,
real PDFs rendered with pypdfium2 and decoded with zxing-cpp)."""

from __future__ import annotations

import pytest

from yarlung_pos.domain.delivery import DeliveryError
from yarlung_pos.domain.model import PaymentMethod, Tender
from yarlung_pos.services import delivery

from tests.unit.test_delivery import _cart, _request, shop  # noqa: F401 - the fixture


def test_shipping_labels_and_packing_slips_from_stored_deliveries(qapp, shop, clock, tmp_path):
    """The PDFs made from the database: the label's QR is the delivery number and its Code 128
    the tracking number once handed over (decoded from the rendered pages with zxing-cpp)."""
    import pypdfium2
    import zxingcpp
    from yarlung_pos.services import delivery_docs
    made = delivery.create_delivery(shop, _cart(shop, "WINE-001", "EGG-001"), [Tender(PaymentMethod.CASH, 100_000)],
                                    _request(), "Padma", clock)
    from tests.support.people import CASHIER, MANAGER
    from yarlung_pos.services.authority import ApprovalRequired
    with pytest.raises(ApprovalRequired):
        delivery_docs.save_sender(shop, CASHIER, phone="0893-7831234", clock=clock)
    delivery_docs.save_sender(shop, MANAGER, "西藏自治区山南市琼结县琼结镇 雅砻优选展馆", "0893-7831234", clock=clock)
    delivery.hand_over(shop, made.number, "RB123456785GB", "padma", clock, weight_g="1.5")
    out = tmp_path / "labels.pdf"
    assert delivery_docs.write_shipping_labels(shop, [made.number], "100x150", out) == 1
    page = pypdfium2.PdfDocument(str(out))[0]
    assert [round(x / 72 * 25.4) for x in page.get_size()] == [100, 150]
    found = {(r.format.name, r.text) for r in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())}
    assert ("Code128", "RB123456785GB") in found and ("QRCode", made.number) in found
    slips = tmp_path / "slips.pdf"
    assert delivery_docs.write_packing_slips(shop, [made.number], slips) == 1
    slip = delivery_docs.packing_slips(shop, [made.number])[0]
    assert [i.sku for i in slip.items] == ["WINE-001", "EGG-001"] and slip.hall.phone == "0893-7831234"
    with pytest.raises(DeliveryError, match="no delivery D-T01-000404"):
        delivery_docs.write_shipping_labels(shop, ["D-T01-000404"], "100x150", out)


def test_a_packing_slip_prints_on_the_receipt_printer_through_the_queue(qapp, shop, clock):
    from yarlung_pos.config import Settings
    from yarlung_pos.services.print_queue import job_bytes, next_due_job, queue_document
    made = delivery.create_delivery(shop, _cart(shop, "WINE-001"), [Tender(PaymentMethod.CASH, 100_000)], _request(),
                                    "Padma", clock)
    with pytest.raises(ValueError):
        queue_document(shop, "packing_slip", "")
    queue_document(shop, "packing_slip", delivery.get_delivery(shop, made.number).uuid)
    job = next_due_job(shop)
    assert job.kind == "packing_slip"
    import zxingcpp
    from yarlung_pos.printing.escpos_codec import decode_job
    image, asked = decode_job(job_bytes(shop, job, Settings()))
    assert image.width == Settings().paper_width_dots and asked["drawer"] == []
    assert made.number in {r.text for r in zxingcpp.read_barcodes(image.convert("L"))}
