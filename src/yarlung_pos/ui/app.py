"""Starting the till: Qt application, shipped fonts, database, demo data, main window."""

from __future__ import annotations

import getpass
import sys
import time
from pathlib import Path


def create_app(argv: list[str] | None = None):
    """The running ``QApplication`` (created if needed) with the shipped fonts registered and
    set as the default font, so Tibetan and Chinese show on a machine without such fonts."""
    from PySide6.QtWidgets import QApplication

    from yarlung_pos import fonts
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Yarlung POS")
    app.setOrganizationName("Yarlung Youxuan")
    fonts.register_qt_fonts()
    app.setFont(fonts.app_font(11))
    return app


def build_till(db_path: Path, demo: bool = False, cashier: str | None = None):
    """Open the store at ``db_path`` (loading the demo catalogue if asked) and build the till
    window.  Returns ``(window, store)``.  Raises ``DatabaseError``."""
    from yarlung_pos.db.store import Store
    from yarlung_pos.services.demo import DEMO_CASHIER, load_demo
    from yarlung_pos.services.till import TillService
    from yarlung_pos.ui.till import TillWindow

    store = Store.open(db_path)
    if demo:
        load_demo(store)
    name = cashier or (DEMO_CASHIER if demo else getpass.getuser())
    window = TillWindow(TillService(store, name))
    return window, store


def run_till(db_path: Path, demo: bool = False, smoke: bool = False, cashier: str | None = None,
             started: float | None = None) -> int:
    """Run the till until its window closes; returns the exit code.  With ``smoke`` it prints
    ``ready in N ms`` (from ``started``, a ``time.perf_counter()`` taken at start-up) once the window is shown and
    exits 0."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from yarlung_pos.db.engine import DatabaseError

    started = time.perf_counter() if started is None else started
    app = create_app()
    try:
        window, store = build_till(db_path, demo, cashier)
    except DatabaseError as exc:
        print(f"yarlung-pos: {exc}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(None, "Yarlung POS", str(exc))
        return 1
    window.show()
    if smoke:
        def _ready():
            print(f"ready in {round((time.perf_counter() - started) * 1000)} ms", flush=True)
            window.close()
            app.quit()
        QTimer.singleShot(0, _ready)
    try:
        return app.exec()
    finally:
        store.close()
