"""The till's status: the status bar (sync and printer state, "Sync now", "Retry printing")
and the message line under the cart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from yarlung_pos.i18n import format_datetime
from yarlung_pos.ui.messages import describe_printer_problem


def shorten(text: str, limit: int = 40) -> str:
    """``text`` cut to at most ``limit`` characters (the last one "…") for echoing in a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _local_offset_min() -> int:
    from datetime import datetime
    return int(datetime.now().astimezone().utcoffset().total_seconds() // 60)


class TillStatus:
    """Part of :class:`~yarlung_pos.ui.till.TillWindow`: the status bar and the message line.

    Uses the window's ``service``, ``message_label``, ``_i18n``, ``refresh_terminal`` and its signals
    ``sync_status_changed`` and ``print_status_changed``; builds ``printer_status``,
    ``retry_print_button``, ``sync_status`` and ``sync_button`` (:meth:`_build_status_bar`)."""

    def _build_status_bar(self) -> None:
        """The permanent widgets of the status bar; printer status is updated from the print
        worker's thread through a queued signal, sync status from the sync worker's."""
        self.printer_status = QLabel(objectName="printerStatusLabel")
        self.retry_print_button = QPushButton(objectName="retryPrintButton")
        self._i18n(self.retry_print_button.setText, lambda: self.tr("Retry printing"))
        self.retry_print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry_print_button.clicked.connect(self.retry_printing)
        self.retry_print_button.setVisible(False)
        self.sync_status = QLabel(objectName="syncStatusLabel")
        self.sync_button = QPushButton(objectName="syncNowButton")
        self._i18n(self.sync_button.setText, lambda: self.tr("Sync now"))
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setVisible(False)  # until a sync worker is attached and the till enrolled
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.sync_status_changed.connect(self._on_sync_status)
        self.sync_worker = None
        self.statusBar().addPermanentWidget(self.printer_status)
        self.statusBar().addPermanentWidget(self.retry_print_button)
        self.print_status_changed.connect(self._on_print_status)
        self.print_worker = None
        self._show_printer_idle()
        self.backup_status = QLabel(objectName="backupStatusLabel")
        self.backup_status.setVisible(False)  # until a backup worker reports
        self._backup_state = None
        self._i18n(self.backup_status.setText, self._backup_text)
        self.statusBar().addPermanentWidget(self.backup_status)
        self.backup_status_changed.connect(self._on_backup_status)
        self.backup_worker = None

    # ------------------------------------------------------------------ backups
    def attach_backup_worker(self, worker) -> None:
        """Use ``worker`` (a :class:`~yarlung_pos.services.backup_worker.BackupWorker`): every
        shift close asks it for a backup, and its status reaches the status bar through
        :attr:`backup_status_changed` (issue #14)."""
        self.backup_worker = worker
        worker.on_status = self.backup_status_changed.emit
        self.service.after_shift_close = lambda: worker.request("shift_close")

    def _backup_text(self) -> str:
        s = self._backup_state
        if s is None:
            return ""
        if s.error:
            return self.tr("Backup failed — see the tooltip")
        if s.second_folder_missing:
            return self.tr("Backed up on this PC only: the backup folder is missing (USB stick?)")
        if s.last_at is not None:
            return self.tr("Backed up {0}").format(format_datetime(s.last_at))
        return ""

    def _on_backup_status(self, status) -> None:
        """A backup was made (or failed): a warning, never an error dialog at the counter."""
        self._backup_state = status
        self.backup_status.setText(self._backup_text())
        tip = status.error or (self.tr("The backup folder {0} cannot be written: {1}").format(
            status.second_folder_missing, status.warning) if status.second_folder_missing else "")
        self.backup_status.setToolTip(tip)
        self.backup_status.setStyleSheet("color: #b00020;" if status.error else
                                         "color: #8a5a00;" if status.second_folder_missing else "")
        self.backup_status.setVisible(bool(self._backup_text()))

    # ------------------------------------------------------------------ messages
    def show_message(self, text: str, error: bool = False) -> None:
        """Show ``text`` under the cart (red for errors)."""
        self.message_label.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message_label.setText(text)

    # ------------------------------------------------------------------ sync
    def attach_sync_worker(self, worker) -> None:
        """Use ``worker`` (a :class:`~yarlung_pos.sync.worker.SyncWorker`) for syncing; its
        status reaches the status bar through :attr:`sync_status_changed`."""
        from yarlung_pos.sync.worker import current_status
        self.sync_worker = worker
        worker.on_status = self.sync_status_changed.emit
        self._on_sync_status(current_status(self.service.store))

    def sync_now(self) -> None:
        """The "Sync now" button: the background worker syncs at once."""
        if self.sync_worker is None:
            return
        self.sync_status.setText(self.tr("Syncing…"))
        self.sync_worker.wake()

    def _on_sync_status(self, status) -> None:
        from yarlung_pos.domain.clock import local_time
        self.refresh_terminal()  # enrolled meanwhile: the title and status bar name the new code
        if not status.enrolled:
            self.sync_status.setText(self.tr("Not connected to the county office"))
            self.sync_button.setVisible(False)
            return
        self.sync_button.setVisible(True)
        last = (format_datetime(local_time(status.last_sync_at, _local_offset_min()))
                if status.last_sync_at else self.tr("never"))
        state = self.tr("Online") if status.online else self.tr("Offline")
        text = self.tr("{0} · {1} waiting · last sync {2}").format(state, status.waiting, last)
        if status.rejected:
            text += " · " + self.tr("{0} rejected").format(status.rejected)
        self.sync_status.setText(text)
        self.sync_status.setToolTip(status.error or "")
        self.sync_status.setStyleSheet("" if status.online and not status.rejected else "color: #8a5a00;")

    def _show_sync_waiting(self) -> None:
        """After a sale: count the new events waiting in the status bar, keeping the online
        state the sync worker last reported (no network call here)."""
        if self.sync_worker is not None:
            from yarlung_pos.sync.worker import current_status
            self._on_sync_status(current_status(self.service.store, online=self.sync_status.text().startswith(self.tr("Online"))))

    # ------------------------------------------------------------------ printing
    def attach_print_worker(self, worker) -> None:
        """Use ``worker`` (a started :class:`~yarlung_pos.services.print_worker.PrintWorker`) for
        receipts; its status reaches the status bar through :attr:`print_status_changed`."""
        self.print_worker = worker
        worker.on_status = lambda state, error: self.print_status_changed.emit(state, error)
        worker.wake()

    def _show_printer_idle(self) -> None:
        if self.service.prints:
            self.printer_status.setText(self.tr("Printer: {0}").format(self.service.settings.printer_uri))
        else:
            self.printer_status.setText(self.tr("No receipt printer (preview only)"))
        self.printer_status.setStyleSheet("")

    def _on_print_status(self, state, error) -> None:
        if state.waiting and (error or state.last_error):
            reason = error or state.last_error  # English (logs, queue); shown in the screen's language
            self.printer_status.setText(self.tr("{0} — receipts waiting: {1}").format(
                shorten(describe_printer_problem(reason), 90), state.waiting))
            self.printer_status.setToolTip(reason)
            self.printer_status.setStyleSheet("color: #b00020;")
            self.retry_print_button.setVisible(True)
        elif state.waiting:
            self.printer_status.setText(self.tr("Printing… receipts waiting: {0}").format(state.waiting))
            self.printer_status.setToolTip("")
            self.printer_status.setStyleSheet("")
        else:
            self._show_printer_idle()
            self.printer_status.setToolTip("")
            self.retry_print_button.setVisible(False)

    def _kick_printer(self) -> None:
        if self.print_worker is not None:
            self.print_worker.wake()

    def retry_printing(self) -> None:
        """Send the waiting receipts now (after the printer was switched on, paper loaded …)."""
        from yarlung_pos.services.print_queue import retry_now
        retry_now(self.service.store)
        self.printer_status.setText(self.tr("Retrying…"))
        self._kick_printer()
