"""The print worker: a background thread that drains the print queue -- queued receipts, Z/X
reports and drawer kicks (:mod:`yarlung_pos.services.print_queue`) -- to the printer.

It never runs on the UI thread, so a printer that is off, unplugged, out of paper or slow
never blocks the till.  It sends pending jobs oldest first; a failure is recorded on the job,
which is retried with back-off (``print_queue.BACKOFF_S``) for as long as it takes.
``wake()`` makes it look at the queue at once (a new job, "Retry printing").  The till's
composition root (``ui/app.py``) and ``yarlung-pos print --retry`` start it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from yarlung_pos.config import Settings
from yarlung_pos.db.store import Store
from yarlung_pos.printing.printer import PrinterError
from yarlung_pos.services import print_queue

log = logging.getLogger(__name__)
IDLE_POLL_S = 30.0  # look at the queue at least this often even without a wake-up


class PrintWorker(threading.Thread):
    """Sends the jobs of ``store``'s print queue with the current ``settings()``.

    ``on_status(state, error)`` is called from the worker thread after every attempt with the
    :class:`~yarlung_pos.services.print_queue.QueueState` and the error of that attempt (or
    ``None`` when it printed); a Qt caller turns it into a queued signal."""

    def __init__(self, store: Store, settings: Callable[[], Settings],
                 on_status: Callable[[print_queue.QueueState, str | None], None] | None = None):
        super().__init__(name="print-worker", daemon=True)
        self.store = store
        self.settings = settings
        self.on_status = on_status or (lambda state, error: None)
        self._wake = threading.Event()
        self._stopping = threading.Event()

    def wake(self) -> None:
        """Look at the queue now."""
        self._wake.set()

    def stop(self, timeout: float = 60.0) -> None:
        """Finish the current attempt and end the thread."""
        self._stopping.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)

    def run(self) -> None:  # pragma: no cover - exercised through tests of the queue
        while not self._stopping.is_set():
            try:
                self.run_once()
            except Exception:  # never let the thread die: the next wake-up tries again
                log.exception("print worker")
            try:
                wait = print_queue.seconds_until_next_try(self.store)
            except Exception:
                wait = None
            self._wake.wait(IDLE_POLL_S if wait is None else min(max(wait, 0.05), IDLE_POLL_S))
            self._wake.clear()

    def run_once(self) -> int:
        """Send every job that is due now; returns how many printed.  Stops at the first
        failure (the printer is down: later jobs would fail too and must keep their order);
        a job set aside as unprintable (unknown kind, stale drawer kick …) is reported through
        ``on_status`` and skipped."""
        printed = 0
        while not self._stopping.is_set():
            settings = self.settings()
            if settings.printer_uri.strip() in ("", "preview"):
                return printed
            job = print_queue.next_due_job(self.store)
            if job is None:
                return printed
            try:
                print_queue.run_job(self.store, job, settings)
            except print_queue.JobSetAside as exc:  # this job can never print; the printer is fine
                log.warning("print job %s set aside: %s", job.id, exc)
                self.on_status(print_queue.queue_state(self.store), str(exc))
                continue
            except PrinterError as exc:
                log.warning("print job %s failed: %s", job.id, exc)
                self.on_status(print_queue.queue_state(self.store), str(exc))
                return printed
            printed += 1
            self.on_status(print_queue.queue_state(self.store), None)
        return printed
