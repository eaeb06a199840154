"""Starting the till: Qt application, shipped fonts, database, demo data, main window."""

from __future__ import annotations

import getpass
import sys
import time
from pathlib import Path

from yarlung_pos.domain.clock import system_clock


_previous_handler = None
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def _default_qt_handler(mode, context, message) -> None:
    print(message, file=sys.stderr)


def _qt_messages(mode, context, message) -> None:
    """Drop the offscreen platform's harmless chatter; pass everything else on."""
    if message in _QT_NOISE:
        return
    _previous_handler(mode, context, message)


def create_app(argv: list[str] | None = None):
    """The running ``QApplication`` (created if needed) with the shipped fonts registered and
    set as the default font, so Tibetan and Chinese show on a machine without such fonts."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from yarlung_pos import fonts
    global _previous_handler
    if _previous_handler is None:
        _previous_handler = qInstallMessageHandler(_qt_messages) or _default_qt_handler
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Yarlung POS")
    app.setOrganizationName("Yarlung Youxuan")
    fonts.register_qt_fonts()
    app.setFont(fonts.app_font(11))
    return app


def build_till(db_path: Path, demo: bool = False, cashier: str | None = None, settings=None, signed_in=None):
    """Open the store at ``db_path`` and build the till window with ``settings`` (default: no
    printer) for the user ``signed_in`` (a ``User`` who gave their PIN).  ``demo`` loads the
    demo catalogue and people and signs in the demo cashier with an open shift.  Returns
    ``(window, store)``.  Raises ``DatabaseError``."""
    from yarlung_pos.config import Settings
    from yarlung_pos.db.store import Store
    from yarlung_pos.services.demo import load_demo
    from yarlung_pos.services.till import TillService
    from yarlung_pos.ui.till import TillWindow

    store = Store.open(db_path)
    user = None
    if demo:
        load_demo(store, system_clock)
        from yarlung_pos.services.demo import ensure_demo_people
        user = ensure_demo_people(store, system_clock)
    if user is None and signed_in is not None:
        user = signed_in
    name = (cashier or (user.name if user else getpass.getuser())).strip()[:100]
    service = TillService(store, name, system_clock, settings=settings or Settings(), user=user)
    if user is not None:
        service.audit("login", demo=demo)
    window = TillWindow(service)
    return window, store


def sign_in(db_path: Path, settings=None):
    """Before the till opens: set up a new till (the setup window: the administrator signs in
    with the first shift open; ``settings`` are changed in place), else ask who is signing in.
    Returns the ``User``, or ``None`` if the person cancelled.  Raises ``DatabaseError``."""
    from yarlung_pos.db.store import Store
    from yarlung_pos.services.setup import is_set_up
    from yarlung_pos.ui.sign_in import SignInDialog
    store = Store.open(db_path)
    try:
        if not is_set_up(store):
            from yarlung_pos.config import Settings
            from yarlung_pos.ui.setup import SetupWizard
            wizard = SetupWizard(store, system_clock, settings if settings is not None else Settings())
            if wizard.exec() != SetupWizard.DialogCode.Accepted:
                return None
            return wizard.result_user
        dialog = SignInDialog(store)
        if dialog.exec() != SignInDialog.DialogCode.Accepted:
            return None
        return dialog.result_user
    finally:
        store.close()


def run_till(db_path: Path, demo: bool = False, smoke: bool = False, cashier: str | None = None,
             started: float | None = None, config_path: Path | None = None, language: str | None = None) -> int:
    """Run the till until its window closes; returns the exit code.  With ``smoke`` it prints
    ``ready in N ms`` (from ``started``, a ``time.perf_counter()`` taken at start-up) once the window is shown and
    exits 0.  ``language`` (``bo``, ``zh_CN``, ``en``) overrides the settings file's."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox

    from yarlung_pos.db.engine import DatabaseError

    started = time.perf_counter() if started is None else started
    from yarlung_pos.config import Settings, SettingsError, default_config_path, load_settings

    import os
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        if not smoke:
            print("yarlung-pos: no screen found (DISPLAY is not set); start it on the till's desktop, "
                  "or set QT_QPA_PLATFORM=offscreen to run without one", file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from yarlung_pos.platform_check import exit_if_screen_libraries_missing
    exit_if_screen_libraries_missing()  # one clear line, not Qt's abort, when xcb's libraries are missing
    app = create_app()
    settings_problem = None
    try:
        settings = load_settings(config_path or default_config_path())
    except SettingsError as exc:  # the till still sells; printing waits for valid settings
        settings_problem = str(exc)
        settings = Settings(path=config_path)
    from yarlung_pos.i18n import install_language
    install_language(language or settings.ui_language)
    try:
        user = None
        if not demo and not smoke:
            user = sign_in(db_path, settings)
            if user is None:
                return 0
        window, store = build_till(db_path, demo, cashier, settings, signed_in=user)
    except DatabaseError as exc:
        print(f"yarlung-pos: {exc}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(None, "Yarlung POS", str(exc))
        return 1
    workers = []

    def start_workers():  # after the first paint: the cashier sees the till without waiting for them
        from yarlung_pos.services.print_worker import PrintWorker
        from yarlung_pos.sync.worker import SyncWorker
        worker = PrintWorker(store, lambda: window.service.settings)
        window.attach_print_worker(worker)
        worker.start()
        workers.append(worker)
        syncer = SyncWorker(store)
        window.attach_sync_worker(syncer)
        if not smoke:
            syncer.start()
        workers.append(syncer)

    window.show()
    if settings_problem:
        print(f"yarlung-pos: {settings_problem}", file=sys.stderr)
        text = QCoreApplication.translate("TillApp", "The settings file has a problem and was not used: {0}").format(
            settings_problem)
        window.show_message(text, error=True)
        window.printer_status.setText(QCoreApplication.translate("TillApp", "Settings file problem — no printing"))
        window.printer_status.setToolTip(text)
        window.printer_status.setStyleSheet("color: #b00020;")
    if not smoke:
        QTimer.singleShot(0, window.check_shift)
        # build the search index once the window is up, not on the first keystroke
        QTimer.singleShot(200, window.service.warm_search)
    if smoke:
        def _ready():
            print(f"ready in {round((time.perf_counter() - started) * 1000)} ms", flush=True)
            window.close()
            app.quit()
        QTimer.singleShot(0, _ready)
    QTimer.singleShot(0, start_workers)  # once the window is up (after --smoke's "ready")
    try:
        return app.exec()
    finally:
        for running in reversed(workers):  # the sync worker, then the print worker
            running.stop()
        store.close()
