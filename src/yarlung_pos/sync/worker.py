"""Background sync: never blocks the till.

While enrolled, the worker syncs every ``interval_s`` (5 minutes) and right after start;
after a failure it backs off (30 s, 1, 2, 5 minutes) but never gives up; at the nightly time
(22:00 local by default) it syncs even if the last attempt was recent.  ``wake()`` syncs now
(the "Sync now" button).  Status reaches the UI through ``on_status(SyncStatus)``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from yarlung_pos.db.store import Store, get_setting
from yarlung_pos.sync import client

log = logging.getLogger(__name__)
BACKOFF_S = (30, 60, 120, 300)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: ``online`` (last attempt reached the server), events
    ``waiting``, ``rejected``, the ``last_sync_at`` UTC ISO time, and the last ``error``."""

    enrolled: bool
    online: bool
    waiting: int
    rejected: int
    last_sync_at: str | None
    error: str | None = None


def current_status(store: Store, online: bool = False, error: str | None = None) -> SyncStatus:
    """The sync status as stored (no network)."""
    with store.read() as s:
        last = get_setting(s, "last_sync_at")
    return SyncStatus(client.load_config(store) is not None, online, client.pending_count(store),
                      len(client.rejected_events(store)), last, error)


class SyncWorker(threading.Thread):
    """Runs :func:`client.sync_now` in the background (see the module docstring)."""

    def __init__(self, store: Store, on_status: Callable[[SyncStatus], None] | None = None,
                 interval_s: float = 300.0, nightly: time = time(22, 0), clock=datetime.now):
        super().__init__(name="sync-worker", daemon=True)
        self.store = store
        self.on_status = on_status or (lambda status: None)
        self.interval_s = interval_s
        self.nightly = nightly
        self.clock = clock
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._failures = 0
        self._last_night: str | None = None

    def wake(self) -> None:
        """Sync now."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """End after the current attempt."""
        self._stopping.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)

    def run_once(self) -> SyncStatus:
        """One sync attempt (if enrolled); returns and reports the status."""
        if client.load_config(self.store) is None:
            status = current_status(self.store)
        else:
            try:
                client.sync_now(self.store)
                self._failures = 0
                status = current_status(self.store, online=True)
            except client.SyncError as exc:
                self._failures += 1
                status = current_status(self.store, online=False, error=str(exc))
            except Exception as exc:  # never let the thread die
                log.exception("sync")
                self._failures += 1
                status = current_status(self.store, online=False, error=str(exc))
        self.on_status(status)
        return status

    def _next_wait(self) -> float:
        if self._failures:
            return BACKOFF_S[min(self._failures - 1, len(BACKOFF_S) - 1)]
        now = self.clock()
        tonight = now.replace(hour=self.nightly.hour, minute=self.nightly.minute, second=0, microsecond=0)
        until_night = (tonight - now).total_seconds()
        if 0 < until_night < self.interval_s and self._last_night != now.date().isoformat():
            return until_night
        return self.interval_s

    def run(self) -> None:  # pragma: no cover - exercised through run_once in tests
        while not self._stopping.is_set():
            self.run_once()
            now = self.clock()
            if (now.hour, now.minute) >= (self.nightly.hour, self.nightly.minute):
                self._last_night = now.date().isoformat()
            self._wake.wait(self._next_wait())
            self._wake.clear()
