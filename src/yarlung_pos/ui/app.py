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


def build_till(db_path: Path, demo: bool = False, cashier: str | None = None, settings=None, signed_in=None,
               store=None, clock=system_clock):
    """Build the till window on ``store`` (default: open the one at ``db_path``) with ``settings``
    (default: no printer) for the user ``signed_in`` (a ``User`` who gave their PIN), on
    ``clock`` (tests: a fixed one).  ``demo`` loads the demo catalogue and people and signs in
    the demo cashier with an open shift.  Returns ``(window, store)``.  Raises
    ``DatabaseError``."""
    from yarlung_pos.config import Settings
    from yarlung_pos.db.store import Store
    from yarlung_pos.services.demo import load_demo
    from yarlung_pos.services.till import TillService
    from yarlung_pos.ui.till import TillWindow

    store = Store.open(db_path) if store is None else store
    user = None
    if demo:
        load_demo(store, clock)
        from yarlung_pos.services.demo import ensure_demo_people
        user = ensure_demo_people(store, clock)
    if user is None and signed_in is not None:
        user = signed_in
    name = (cashier or (user.name if user else getpass.getuser())).strip()[:100]
    service = TillService(store, name, clock, settings=settings or Settings(), user=user)
    if user is not None:
        service.audit("login", demo=demo)
    window = TillWindow(service)
    return window, store


def _smoke_exit(dialog, started: float) -> None:
    """``--smoke`` on a first screen (sign-in or setup): once it is shown and the event loop
    runs, print ``ready in N ms`` and close it."""
    from PySide6.QtCore import QTimer

    def ready():
        print(f"ready in {round((time.perf_counter() - started) * 1000)} ms", flush=True)
        dialog.done(0)
    QTimer.singleShot(0, ready)


def _open_store_warm(db_path: Path):
    """Open the store and import what the till window needs (run in a thread while the
    sign-in screen is up).  Returns the ``Store``; raises ``DatabaseError``."""
    from yarlung_pos.db.store import Store
    store = Store.open(db_path)
    try:
        import yarlung_pos.services.demo  # noqa: F401 - imported now, while the person types
        import yarlung_pos.services.till  # noqa: F401
        import yarlung_pos.services.users  # noqa: F401
    except BaseException:
        store.close()
        raise
    return store


class _StoreOpening:
    """The store opening in a thread (:func:`_open_store_warm`); ``start()`` once the first
    screen is up, ``result()`` waits for it (starting it if it was not) and returns the
    ``Store`` or raises its ``DatabaseError``."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self._future = None

    def start(self) -> None:
        if self._future is None:
            from concurrent.futures import ThreadPoolExecutor
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-store")
            self._future = pool.submit(_open_store_warm, self.db_path)
            pool.shutdown(wait=False)

    def result(self):
        self.start()
        return self._future.result()


def sign_in_first(db_path: Path, smoke: bool = False, started: float | None = None):
    """The fast road of a till that is set up (issue #13): the sign-in screen is shown first —
    the names read with plain sqlite3 — and the store (SQLAlchemy, migrations check) opens in a
    thread once it is up; the PIN is checked when both are there.  Returns ``(user, store)``:
    ``user`` ``None`` when the person cancelled (``store`` then closed, ``None``), or
    ``NotImplemented`` when this road does not apply (no database yet, not set up, a schema
    to migrate: use :func:`sign_in`).  Raises ``DatabaseError`` (damaged, unreadable)."""
    from yarlung_pos.db.sqlite_file import open_for_reading
    from yarlung_pos.services.read_only import sign_in_choices
    if not Path(db_path).expanduser().exists():
        return NotImplemented, None
    con = open_for_reading(db_path)
    if con is None:
        return NotImplemented, None
    try:
        set_up, users = sign_in_choices(con)
    finally:
        con.close()
    if not set_up:
        return NotImplemented, None
    from PySide6.QtCore import QTimer

    from yarlung_pos.ui.sign_in import SignInDialog
    opening = _StoreOpening(db_path)
    dialog = SignInDialog(opening, users=users)
    if smoke:
        _smoke_exit(dialog, started if started is not None else time.perf_counter())
    QTimer.singleShot(0, opening.start)  # after the first paint: loading SQLAlchemy never delays the screen
    accepted = dialog.exec() == SignInDialog.DialogCode.Accepted
    try:
        store = opening.result()
    except Exception:
        if accepted:  # pragma: no cover - the PIN was checked on this store
            raise
        return None, None  # cancelled: the store's problem is told on the next start
    if not accepted:
        store.close()
        return None, None
    return dialog.result_user, store


def sign_in(db_path: Path, settings=None, smoke: bool = False, started: float | None = None):
    """Before the till opens: set up a new till (the setup window: the administrator signs in
    with the first shift open; ``settings`` are changed in place), else ask who is signing in.
    Returns the ``User``, or ``None`` if the person cancelled (or ``smoke``: the screen was shown
    and closed).  Raises ``DatabaseError``."""
    from yarlung_pos.db.store import Store
    from yarlung_pos.services.setup import is_set_up
    from yarlung_pos.ui.sign_in import SignInDialog
    store = Store.open(db_path)
    try:
        if not is_set_up(store):
            from yarlung_pos.config import Settings
            from yarlung_pos.ui.setup import SetupWizard
            wizard = SetupWizard(store, system_clock, settings if settings is not None else Settings())
            if smoke:
                _smoke_exit(wizard, started if started is not None else time.perf_counter())
            if wizard.exec() != SetupWizard.DialogCode.Accepted:
                return None
            return wizard.result_user
        dialog = SignInDialog(store)
        if smoke:
            _smoke_exit(dialog, started if started is not None else time.perf_counter())
        if dialog.exec() != SignInDialog.DialogCode.Accepted:
            return None
        return dialog.result_user
    finally:
        store.close()


def run_till(db_path: Path, demo: bool = False, smoke: bool = False, cashier: str | None = None,
             started: float | None = None, config_path: Path | None = None, language: str | None = None) -> int:
    """Run the till until its window closes; returns the exit code.  A till that is set up
    starts on its sign-in screen (:func:`sign_in_first`), a new one on the setup window
    (:func:`sign_in`), ``demo`` on the till window.  With ``smoke`` it prints ``ready in N ms``
    (from ``started``, a ``time.perf_counter()`` taken at start-up) once that first screen is
    shown and exits 0.  ``language`` (``bo``, ``zh_CN``, ``en``) overrides the settings file's."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox

    from yarlung_pos.db.sqlite_file import DatabaseError  # the engine's own (no SQLAlchemy before the first screen)

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
        user = store = None
        if not demo:
            user, store = sign_in_first(db_path, smoke, started)
            if user is NotImplemented:
                user = sign_in(db_path, settings, smoke, started)
            if user is None:
                return 0
        window, store = build_till(db_path, demo, cashier, settings, signed_in=user, store=store)
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
        from yarlung_pos.services.backup_worker import BackupWorker
        backups = BackupWorker(store, lambda: window.service.settings, system_clock)
        window.attach_backup_worker(backups)
        if not smoke:
            backups.start()  # after every shift close, and once a day (issue #14)
        workers.append(backups)

    def restore_and_close(path, approval):
        """The Backups tab's restore: checked first (the file, who may), then the workers and the
        store are closed, the backup swapped in, and the till ends (start it again)."""
        from yarlung_pos.services import authority
        from yarlung_pos.services.backup import restore_backup, verify_backup
        verify_backup(path)
        authority.require(window.service.user, "restore", approval)
        for running in reversed(workers):
            running.stop(timeout=5.0) if running.name == "backup-worker" else running.stop()
        workers.clear()
        store.close()
        try:
            result = restore_backup(db_path, path, window.service.user, approval, system_clock)
            text = QCoreApplication.translate("TillApp", "The backup was restored; the database as it was is kept "
                                              "as {0}. The till closes now: start it again.").format(
                result.get("safety_copy") or "—")
            QMessageBox.information(window, "Yarlung POS", text)
        except Exception as exc:  # noqa: BLE001 - nothing was changed; said in words
            result = None
            QMessageBox.critical(window, "Yarlung POS", QCoreApplication.translate(
                "TillApp", "The backup was not restored ({0}); nothing was changed. The till closes now: start it "
                           "again.").format(str(exc)))
        window.confirm_close = False
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)
        return result

    window.restore_handler = restore_and_close
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
        for running in reversed(workers):  # the backup worker, the sync worker, then the print worker
            if running.name == "backup-worker":
                running.stop(timeout=5.0)  # a backup still copying is left: its temporary file is cleared next time
            else:
                running.stop()
        store.close()
