"""Issue #16, the whole road of a parcel: a till enrolled with a real county server (uvicorn on
127.0.0.1) rings up 3 items, makes them a delivery for a recipient with a Tibetan and a
Chinese name, pays by WeChat, packs the parcel under its waybill, prints the shipping label
(its Code 128 and QR decoded from the rendered PDF with zxing-cpp), hands it over, syncs —
the county's report shows it handed over — and marks it delivered, which reaches the county
too.  Driven with keys as staff would."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt

from yarlung_pos.sync import client

from tests.server.conftest import API, cli_json
from tests.support.county import county  # noqa: F401 - the fixture
from tests.ui.test_delivery_ui import GOOD, SOLANG_BO, SOLANG_ZH, fill, open_form, press, scan, till  # noqa: F401
from tests.ui.test_delivery_ui import type_into


def decoded(path):
    """``{(format, text)}`` of every code on every page of the PDF ``path`` (rendered at 300 dpi)."""
    import pypdfium2
    import zxingcpp
    found = set()
    for page in pypdfium2.PdfDocument(str(path)):
        found |= {(c.format.name, c.text) for c in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())}
    return found


def county_by_status(county, token):
    r = httpx.get(f"{county.url}{API}/reports/deliveries", params={"by": "status"},
                  headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert r.status_code == 200, r.text
    return {row["key"]: row["count"] for row in r.json()}


def test_a_parcel_from_the_counter_to_the_county_and_the_door(qtbot, till, county, tmp_path):
    from yarlung_pos.domain.model import PaymentMethod
    store = till.service.store
    client.enrol(store, county.url, cli_json(county.db_url, "terminal", "add", "T11")["enrolment_code"])
    token = cli_json(county.db_url, "admin-token", "--label", "delivery test")["token"]

    for code in ("WINE-001", "6972042001076", "OIL-001"):          # 3 items scanned
        scan(qtbot, till, code)
    form = open_form(qtbot, till)                                   # F10
    fill(qtbot, form)
    type_into(qtbot, form.fields["weight"], "1.5")
    assert form.postage_fen == 800
    form.fields["note"].setFocus()
    qtbot.keyClick(form.fields["note"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is not None and till.payment_dialog.tendered_input.hasFocus())
    pay = till.payment_dialog
    qtbot.keyClick(pay.tendered_input, Qt.Key.Key_F2)               # WeChat Pay
    assert pay.method is PaymentMethod.WECHAT
    qtbot.keyClick(pay.tendered_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.payment_dialog is None)
    number = till.last_delivery.number
    assert number == "D-T11-000001"

    press(qtbot, till, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: till.deliveries_window is not None and till.deliveries_window.isActiveWindow())
    screen = till.deliveries_window
    qtbot.keyClick(screen.search, Qt.Key.Key_F2)                    # pack, under the waybill scanned
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.tracking.hasFocus())
    qtbot.keyClicks(screen.open_dialog.tracking, GOOD)
    qtbot.keyClick(screen.open_dialog.tracking, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert (screen.views[0].status, screen.views[0].tracking) == ("packed", GOOD)

    label = tmp_path / "label.pdf"
    assert screen.print_documents("100x150", "selected", label) == 1
    assert {("Code128", GOOD), ("QRCode", number)} <= decoded(label)

    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.search, Qt.Key.Key_F3)                    # hand over: the waybill is filled in
    qtbot.waitUntil(lambda: screen.open_dialog is not None and screen.open_dialog.isVisible())
    hand = screen.open_dialog
    assert hand.tracking.text() == GOOD
    qtbot.keyClick(hand.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.open_dialog is None)
    assert screen.views[0].status == "handed_over"

    result = client.sync_now(store)
    assert (result.rejected, result.waiting) == (0, 0)
    assert county_by_status(county, token).get("handed_over") == 1
    r = httpx.get(f"{county.url}{API}/deliveries", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    (seen,) = [d for d in r.json() if d["number"] == number]
    assert (seen["name"], seen["name_bo"], seen["phone"], seen["tracking"]) == (SOLANG_ZH, SOLANG_BO, "138****5678", GOOD)

    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.search, Qt.Key.Key_F4)                    # delivered
    assert screen.views[0].status == "delivered"
    assert client.sync_now(store).rejected == 0
    by_status = county_by_status(county, token)
    assert by_status.get("delivered") == 1 and not by_status.get("handed_over")
    screen.reject()
