"""Render screenshots of the till (offscreen) into docs/screenshots/ for review: the till, payment,
the refund screen, and a refund receipt and a discounted sale's receipt (80 mm).

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from yarlung_pos.ui.app import build_till, create_app
from yarlung_pos.domain.clock import system_clock as clock
from yarlung_pos.services.users import User

#: the demo manager (these tools sell as a manager: no approvals asked)
MANAGER = User(0, "dorje", "Dorje", "manager")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    with tempfile.TemporaryDirectory() as tmp:
        window, store = build_till(Path(tmp) / "shot.db", demo=True)
        window.show()
        app.processEvents()
        for code in ("6972042001076", "https://yarlung.example/p/WINE-001", "RUG-003", "GRAIN-002"):
            QTest.keyClicks(window.scan_input, code)
            QTest.keyClick(window.scan_input, Qt.Key.Key_Return)
        QTest.keyClicks(window.scan_input, "*0.735")
        QTest.keyClick(window.scan_input, Qt.Key.Key_Return)
        QTest.keyClicks(window.scan_input, "colza")
        window._run_search()
        app.processEvents()
        window.grab().save(str(out / "till-cart.png"))
        window.scan_input.clear()
        window._hide_suggestions()
        window.open_payment()
        app.processEvents()
        QTest.keyClicks(window.payment_dialog.tendered_input, "50")
        QTest.keyClick(window.payment_dialog.tendered_input, Qt.Key.Key_Return)
        app.processEvents()
        window.payment_dialog.grab().save(str(out / "payment.png"))
        window.cart_table.setFocus()
        QTest.keyClicks(window.payment_dialog.tendered_input, "4000")
        QTest.keyClick(window.payment_dialog.tendered_input, Qt.Key.Key_Return)
        app.processEvents()
        window.grab().save(str(out / "till-after-sale.png"))
        refund_screens(app, window, out)
        window.confirm_close = False
        window.close()
        store.close()
    print(f"screenshots in {out}")


def refund_screens(app, window, out: Path) -> None:
    """The refund screen for the sale just made, after one bottle was refunded already, with
    quantities typed and the manager chosen; the refund receipt; a discounted sale's receipt."""
    from decimal import Decimal

    from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
    from yarlung_pos.domain.pricing import Discount
    from yarlung_pos.printing.receipt import render_receipt
    from yarlung_pos.services.sales import complete_sale
    from yarlung_pos.ui.refund_dialog.dialog import RefundDialog

    service = window.service
    sale = window.last_sale
    wine = next(ln for ln in service.find_sale(sale.uuid).lines if ln.sku == "WINE-001")
    first = service.refund(sale.uuid, [(wine.line_no, "1")], restock=False,
                           approval=service.approve("dorje", "2222", "refund"),
                           reason="bottle broken")
    dialog = RefundDialog(service, window)
    dialog.resize(1100, 720)  # as on the hall's 1280 × 800 tills (the offscreen "screen" is smaller)
    dialog.open()
    app.processEvents()
    QTest.keyClicks(dialog.sale_input, service.receipt(sale.number).qr_url)
    QTest.keyClick(dialog.sale_input, Qt.Key.Key_Return)
    by_sku = {ln.sku: ln.line_no for ln in dialog.sale.lines}
    dialog.set_quantity(by_sku["RUG-003"], "1")
    dialog.set_quantity(by_sku["GRAIN-002"], "0.5")
    dialog.approval.combo.setCurrentIndex(dialog.approval.combo.findData("dorje"))
    dialog.reason.setText("wrong size")
    app.processEvents()
    dialog.grab().save(str(out / "refund.png"))
    dialog.reject()
    app.processEvents()
    render_receipt(service.receipt(first.number), 576).save(str(out / "receipt-refund.png"))

    cart = Cart()
    cart.add(service.lookup("WINE-001"), Decimal(3))
    cart.lines[0].discount = Discount.percent(10)
    cart.add(service.lookup("GRAIN-002"), Decimal("0.735"))
    cart.discount = Discount.amount(500)
    discounted = complete_sale(service.store, cart, [Tender(PaymentMethod.CASH, 20000)], service.cashier, clock, rounding="drop_fen", actor=MANAGER)
    render_receipt(service.receipt(discounted.number), 576).save(str(out / "receipt-discounts.png"))


if __name__ == "__main__":
    main()
