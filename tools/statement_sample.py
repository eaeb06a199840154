"""Render a sample settlement statement to docs/screenshots/settlement-statement*.png for review.

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/statement_sample.py
"""

import tempfile
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from sqlalchemy import select

from yarlung_pos.db.schema import CooperativeRow
from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.printing.statement import render_statement_pdf
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.refunds import refund_sale
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.settlement import create_settlement
from yarlung_pos.domain.clock import system_clock as clock
from yarlung_pos.services.users import User

#: the demo manager (these tools sell as a manager: no approvals asked)
MANAGER = User(0, "dorje", "Dorje", "manager")


def main() -> None:
    d = Path(tempfile.mkdtemp())
    store = Store.open(d / "x.db")
    load_demo(store, clock)
    with store.write() as s:
        coop = s.scalar(select(CooperativeRow).where(CooperativeRow.code == "HONGXING"))
        coop.commission_bp = 1000
        coop.payout_details = "农业银行 琼结支行 6228 4800 1234 5678 · 户名 红星农牧民专业合作社"
    done = None
    for items in ([("RUG-003", "1"), ("RUG-002", "2")], [("RUG-002", "1"), ("RUG-004", "1")]):
        cart = Cart()
        with store.read() as s:
            for code, qty in items:
                cart.set_qty(cart.add(lookup_code(s, code)), qty)
        done = complete_sale(store, cart, [Tender(PaymentMethod.WECHAT, cart.total_fen)], "Padma Chozom", clock, actor=MANAGER)
    refund_sale(store, done.uuid, [(1, "1")], "Padma Chozom", clock, actor=MANAGER)
    draft = create_settlement(store, "HONGXING", clock().date(), clock().date(), clock)
    render_statement_pdf(draft, d / "statement.pdf")
    pdf = pdfium.PdfDocument(str(d / "statement.pdf"))
    for i in range(len(pdf)):
        name = "settlement-statement.png" if i == 0 else f"settlement-statement-{i + 1}.png"
        pdf[i].render(scale=110 / 72).to_pil().save(Path("docs/screenshots") / name)
    print(f"{len(pdf)} page(s)")
    store.close()


if __name__ == "__main__":
    main()
