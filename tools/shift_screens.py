"""Screenshots of closing a shift, for review: the close-shift screen filled in after a few demo
sales (docs/screenshots/shift-close.png), the screen after closing
(docs/screenshots/shift-closed.png) and the Z report as printed on 80 mm paper
(docs/screenshots/z-report.png).

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shift_screens.py [OUT_DIR]
"""

import sys
from dataclasses import replace
import tempfile
from decimal import Decimal
from pathlib import Path

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.domain.pricing import Discount
from yarlung_pos.printing.zreport import render_shift_report
from yarlung_pos.services.shifts import DENOMINATIONS_FEN
from yarlung_pos.ui.app import build_till, create_app
from yarlung_pos.ui.shift_dialogs.closing import CloseShiftDialog


def demo_sales(service) -> None:
    """A morning at the counter: cash with change, WeChat, a split payment, discounts, a
    refund, cash in and out."""
    def cart_of(*items):
        cart = Cart()
        for code, qty in items:
            cart.set_qty(cart.add(service.lookup(code)), qty)
        return cart

    cart = cart_of(("WINE-001", "2"), ("GRAIN-002", "0.735"))
    service.complete(cart, [Tender(PaymentMethod.CASH, 20000)])
    cart = cart_of(("RUG-003", "1"))
    service.complete(cart, [Tender(PaymentMethod.WECHAT, cart.total_fen)])
    cart = cart_of(("IRON-003", "1"), ("WINE-002", "1"))
    cart.lines[0].discount = Discount.percent(Decimal("10"))
    cart.discount = Discount.amount(500)
    due = cart.pricing(service.policy.rounding).due_fen
    service.complete(cart, [Tender(PaymentMethod.ALIPAY, due // 2), Tender(PaymentMethod.CASH, due - due // 2 + 500)],
                     service.approve("dorje", "2222", "discount"))
    cart = cart_of(("WINE-001", "1"))
    sale = service.complete(cart, [Tender(PaymentMethod.CASH, 10000)])
    service.refund(sale.uuid, [(1, "1")], PaymentMethod.CASH, approval=service.approve("dorje", "2222", "refund"),
                   reason="bottle cracked")
    service.move_cash("in", 5000, "change from the bank")
    service.move_cash("out", 10000, "to the safe", service.approve("dorje", "2222", "cash_out"))


def counts_for(fen: int) -> dict[int, int]:
    """Notes and coins adding up to ``fen`` (down to ￥0.1) as a drawer holds them: some of
    every kind, the rest in the largest."""
    counts = {10: 6, 50: 4, 100: 8, 500: 5, 1000: 7, 2000: 5, 5000: 2}
    fen -= sum(d * n for d, n in counts.items())
    counts = {d: counts.get(d, 0) for d in DENOMINATIONS_FEN}
    for d in DENOMINATIONS_FEN:
        more, fen = divmod(fen, d)
        counts[d] += more
    return counts


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    with tempfile.TemporaryDirectory() as tmp:
        window, store = build_till(Path(tmp) / "shift.db", demo=True)
        window.show()
        service = window.service
        service.policy = replace(service.policy, rounding="drop_fen")   # 抹零, as the hall's counter does
        demo_sales(service)
        dialog = CloseShiftDialog(service, window)
        dialog.open()
        dialog.counter.set_counts(counts_for(dialog.expected_fen() - 300))   # three yuan short
        app.processEvents()
        dialog.grab().save(str(out / "shift-close.png"))
        dialog.close_button.click()
        app.processEvents()
        dialog.grab().save(str(out / "shift-closed.png"))
        render_shift_report(dialog.result_report, 576).save(str(out / "z-report.png"))
        dialog.accept()
        window.confirm_close = False
        window.close()
        store.close()
    print(f"{out / 'shift-close.png'} {out / 'shift-closed.png'} {out / 'z-report.png'}")


if __name__ == "__main__":
    main()
