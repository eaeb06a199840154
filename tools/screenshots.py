"""Render screenshots of the till (offscreen) into docs/screenshots/ for review.

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from yarlung_pos.ui.app import build_till, create_app


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
        window.confirm_close = False
        window.close()
        store.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
