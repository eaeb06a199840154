"""Screenshots of the back office's Stock and Settlement tabs to docs/screenshots/ for review.

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/backoffice_screens.py
"""

import tempfile
from datetime import date
from pathlib import Path

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services import inventory
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.ui.app import build_till, create_app
from yarlung_pos.ui.backoffice import BackOfficeWindow
from yarlung_pos.domain.clock import system_clock as clock
from yarlung_pos.services.users import User

#: the demo manager (these tools sell as a manager: no approvals asked)
MANAGER = User(0, "dorje", "Dorje", "manager")


def main() -> None:
    app = create_app()
    d = Path(tempfile.mkdtemp())
    till, store = build_till(d / "b.db", demo=True)
    inventory.receive_stock(store, "CHAMCHEN", [("WINE-001", "24"), ("WINE-002", "12")], "weekly delivery",
                            clock=clock)
    inventory.adjust_stock(store, "WINE-001", "-1", "damaged", "bottle cracked", clock=clock)
    for items in ([("WINE-001", "3"), ("RUG-003", "1")], [("WINE-002", "2"), ("GRAIN-002", "1.5")]):
        cart = Cart()
        with store.read() as s:
            for code, qty in items:
                cart.set_qty(cart.add(lookup_code(s, code)), qty)
        complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma Chozom", clock, actor=MANAGER)
    window = BackOfficeWindow(till.service)
    window.confirm_close = False
    window.resize(1280, 800)
    window.show()
    stock = window.findChild(type(window.tabs.widget(0)), "stockTab") if hasattr(window, "tabs") else None
    tabs = window.findChild(__import__("PySide6.QtWidgets", fromlist=["QTabWidget"]).QTabWidget, "backOfficeTabs")
    tabs.setCurrentWidget(tabs.findChild(object, "stockTab") or tabs.widget(0))
    st = tabs.currentWidget()
    if hasattr(st, "select_sku"):
        st.select_sku("WINE-001")
    app.processEvents()
    window.grab().save("docs/screenshots/backoffice-stock.png")
    for i in range(tabs.count()):
        if tabs.widget(i).objectName() == "settlementTab":
            tabs.setCurrentIndex(i)
            tabs.widget(i).preview("CHAMCHEN", date.today(), date.today())
    app.processEvents()
    window.grab().save("docs/screenshots/backoffice-settlement.png")
    window.close()
    till.confirm_close = False
    till.close()
    store.close()
    print("docs/screenshots/backoffice-stock.png docs/screenshots/backoffice-settlement.png")


if __name__ == "__main__":
    main()
