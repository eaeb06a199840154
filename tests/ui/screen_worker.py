"""Run by the screen-fit tests (issue #15): the till in a process of its own on an offscreen
screen of a given size (``QT_QPA_PLATFORM=offscreen:configfile=…``, set by the test), in one
language; prints ONE JSON document of what lies where (global rectangles ``[x, y, w, h]``).
argv: database, language, then optionally a folder for screenshots."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rect(widget) -> list[int]:
    """``widget``'s rectangle in global (screen) coordinates."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def frame(window) -> list[int]:
    """``window``'s frame (title bar and borders included) on the screen."""
    g = window.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height()]


def settle(app) -> None:
    """Let shows, resizes and layouts happen."""
    for _ in range(5):
        app.processEvents()


def main() -> None:
    from PySide6.QtGui import QGuiApplication
    from yarlung_pos.i18n import install_language
    from yarlung_pos.ui.app import build_till, create_app
    db, lang = sys.argv[1], sys.argv[2]
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    app = create_app()
    install_language(lang)
    avail = QGuiApplication.primaryScreen().availableGeometry()
    out: dict = {"screen": [avail.x(), avail.y(), avail.width(), avail.height()]}
    till, store = build_till(Path(db), demo=True)
    till.confirm_close = False
    till.show()
    settle(app)
    out["till"] = {"frame": frame(till), "status_bar": rect(till.statusBar()), "pay_button": rect(till.pay_button)}
    if shots:
        till.grab().save(str(shots / f"till-{lang}.png"))
    for sku in ("WINE-001", "GRAIN-001", "OIL-004", "GRAIN-003"):  # a sale of four lines …
        till.add_by_code(sku)
    settle(app)
    table = till.cart_table
    row_h = table.verticalHeader().defaultSectionSize()
    closed_rows = table.viewport().height() // row_h if row_h else 0
    till.scan_input.setText("a")                                # … and a search with many matches open
    till._run_search()
    settle(app)
    out["search"] = {"matches": till.suggestions.count(), "list": rect(till.suggestions),
                     "list_visible": till.suggestions.isVisible(), "window": rect(till),
                     "cart_rows": len(till.cart.lines),
                     "cart_rows_visible": table.viewport().height() // row_h if row_h else 0,
                     "cart_rows_visible_without_list": closed_rows, "cart_row_height": row_h,
                     "list_row_height": till.suggestions.sizeHintForRow(0),
                     "selected_row": till.selected_row(),
                     "selected_in_view": table.viewport().rect().contains(
                         table.visualRect(till.cart_model.index(till.selected_row(), 0)))}
    if shots:
        till.grab().save(str(shots / f"till-search-{lang}.png"))
    till._hide_suggestions()
    till.scan_input.clear()
    from yarlung_pos.ui.backoffice import BackOfficeWindow
    office = BackOfficeWindow(till.service, till)  # as the till opens it (a manager's approval aside)
    office.confirm_close = False
    office.open()
    settle(app)
    out["backoffice"] = {"frame": frame(office), "close_button": rect(office.close_button)}
    if shots:
        office.grab().save(str(shots / f"backoffice-{lang}.png"))
    office.reject()
    settle(app)
    print(json.dumps(out))
    till.close()
    store.close()


if __name__ == "__main__":
    main()
