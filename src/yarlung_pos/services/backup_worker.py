"""Automatic backups while the till runs (issue #14), in a thread of their own so that a sale
at the counter is never held up: after every shift close (:meth:`BackupWorker.request`, called
by :meth:`yarlung_pos.services.till.TillService.close_shift`), and once a day — the worker looks
every ``check_s`` whether today's backup is there yet (:func:`backup.daily_backup_due`).
Before a schema migration the database layer backs up by itself (``db/engine.migrate``).

Status reaches the UI through ``on_status(BackupStatus)`` (from the worker's thread: a Qt
caller turns it into a queued signal).  A second folder that is missing (a USB stick not
plugged in) is ``second_folder_missing``, never an error: the data folder's backup was made.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from yarlung_pos.db.store import Store
from yarlung_pos.domain.clock import Clock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar shows: ``last_at`` (aware time of the last backup made by this
    worker, ``None`` before one), ``reason`` of it, ``second_folder_missing`` (the folder that
    could not be written, with ``warning`` the English detail) and ``error`` (the data folder's
    backup failed: the English one-line reason)."""

    last_at: datetime | None = None
    reason: str | None = None
    second_folder_missing: str | None = None
    warning: str | None = None
    error: str | None = None


class BackupWorker(threading.Thread):
    """Makes the till's automatic backups (see the module docstring).  ``settings()`` returns
    the current :class:`~yarlung_pos.config.Settings` (its ``backup_folder``)."""

    def __init__(self, store: Store, settings: Callable[[], object], clock: Clock,
                 on_status: Callable[[BackupStatus], None] | None = None, check_s: float = 600.0,
                 first_check_s: float = 60.0):
        super().__init__(name="backup-worker", daemon=True)
        self.store, self.settings, self.clock = store, settings, clock
        self.on_status = on_status or (lambda status: None)
        self.check_s, self.first_check_s = check_s, first_check_s
        self.status = BackupStatus()
        self._requests: queue.Queue[str] = queue.Queue()
        self._stopping = threading.Event()

    def request(self, reason: str = "shift_close") -> None:
        """Back up as soon as the current backup (if any) is done: ``reason`` as recorded in the
        backup (``shift_close``, ``manual``)."""
        self._requests.put(reason)

    def stop(self, timeout: float = 120.0) -> None:
        """End after the current backup (one in progress is finished, never cut: its temporary
        file would only be cleaned up on the next start)."""
        self._stopping.set()
        self._requests.put("")
        if self.is_alive():
            self.join(timeout)

    def run_once(self, reason: str) -> BackupStatus:
        """Make one backup for ``reason`` now (in the caller's thread); returns and reports the
        status.  Never raises."""
        from yarlung_pos.services.backup import backup_all
        try:
            settings = self.settings()
            run = backup_all(self.store, settings, self.clock, reason)
            second = (getattr(settings, "backup_folder", "") or "").strip() or None
            self.status = BackupStatus(run.backups[0].created_at if run.backups else self.clock(), reason,
                                       second if run.warning else None, run.warning, None)
        except Exception as exc:  # noqa: BLE001 - the counter goes on; the status bar says it
            log.exception("backup")
            self.status = BackupStatus(self.status.last_at, self.status.reason, self.status.second_folder_missing,
                                       self.status.warning, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        try:
            self.on_status(self.status)
        except Exception:  # noqa: BLE001 - a closed window must not kill the worker
            log.exception("backup status")
        return self.status

    def daily_due(self) -> bool:
        """True when the data folder has no backup of this till made today."""
        from yarlung_pos.services.backup import daily_backup_due, data_backup_folder
        from yarlung_pos.services.numbering import terminal_code
        if self.store.path is None:
            return False
        with self.store.read() as s:
            code = terminal_code(s)
        return daily_backup_due(data_backup_folder(self.store.path), code, self.clock)

    def run(self) -> None:  # pragma: no cover - exercised through run_once and the till's tests
        wait = min(self.check_s, self.first_check_s)  # the first look soon after the till opens
        while not self._stopping.is_set():
            try:
                reason = self._requests.get(timeout=wait)
            except queue.Empty:
                reason = None
            if self._stopping.is_set():
                break
            try:
                if reason:
                    self.run_once(reason)
                elif self.daily_due():
                    self.run_once("daily")
            except Exception:  # noqa: BLE001 - never let the thread die
                log.exception("backup worker")
            wait = self.check_s
