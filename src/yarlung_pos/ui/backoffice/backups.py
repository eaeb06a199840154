"""The Backups tab (issue #14): the till's backups and what each holds, "Back up now", "Check
the file", "Restore…" (a manager; the till closes afterwards), and — after a restore on a till
that is not enrolled — the numbering a manager confirms before the till sells again.  What may
be done is decided by the services (:mod:`yarlung_pos.services.backup`,
:mod:`yarlung_pos.services.numbering_check`, action ``restore``)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from yarlung_pos.domain.model import DomainError
from yarlung_pos.i18n import format_datetime
from yarlung_pos.services import backup
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.approving import ActionApprovalBox
from yarlung_pos.ui.backoffice.common import GREY, Message, make_table, no_default_buttons, text_cell
from yarlung_pos.ui.messages import describe

KINDS = ("receipt", "shift", "z")


class _Runner(QObject):
    """Carries a backup's outcome from its thread to the UI thread (queued signal)."""

    done = Signal(object, object)  # BackupRun | None, Exception | None


class BackupsTab(QWidget):
    """``backupsTable`` (newest first: when, why, last receipt, sales, events not yet at the
    county, size), ``backupNowButton`` (:meth:`back_up_now`, on a thread; ``backup_finished``
    fires after), ``verifyBackupButton`` (:meth:`verify_selected`), ``restoreBackupButton``
    (:meth:`restore_selected`: hands the file and the approval to ``restore_handler``, which
    the till sets — it closes the store, restores and ends the till), and ``numberingGroup``
    (shown while a restore's numbering check is due: ``receiptFloorInput`` …,
    ``confirmNumberingButton``, :meth:`confirm_numbering`)."""

    backup_finished = Signal()

    def __init__(self, service: TillService, parent=None, restore_handler=None):
        super().__init__(parent)
        self.setObjectName("backupsTab")
        self.service = service
        self.restore_handler = restore_handler
        self.running = False
        self.last_run, self.last_error = None, None
        self._runner = _Runner(self)
        self._runner.done.connect(self._on_backup_done)
        self.intro = QLabel(objectName="backupsIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {GREY};")
        self.table = make_table("backupsTable", [""] * 6, stretch=None)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.now_button = QPushButton(objectName="backupNowButton")
        self.now_button.clicked.connect(lambda: self.back_up_now())
        self.verify_button = QPushButton(objectName="verifyBackupButton")
        self.verify_button.clicked.connect(lambda: self.verify_selected())
        self.restore_button = QPushButton(objectName="restoreBackupButton")
        self.restore_button.clicked.connect(lambda: self._on_restore())
        self.message = Message("backupsMessage")
        self.restore_box = ActionApprovalBox(service, "restore")
        buttons = QHBoxLayout()
        for b in (self.now_button, self.verify_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.numbering = QGroupBox(objectName="numberingGroup")
        self.numbering_intro = QLabel(objectName="numberingIntro")
        self.numbering_intro.setWordWrap(True)
        self.floor_inputs = {k: QLineEdit(objectName=f"{k}FloorInput") for k in KINDS}
        self.numbering_form = QFormLayout()
        self.floor_labels = {k: QLabel(objectName=f"{k}FloorLabel") for k in KINDS}
        for k in KINDS:
            self.numbering_form.addRow(self.floor_labels[k], self.floor_inputs[k])
        self.numbering_box = ActionApprovalBox(service, "restore")
        self.confirm_button = QPushButton(objectName="confirmNumberingButton")
        self.confirm_button.clicked.connect(lambda: self._on_confirm())
        self.numbering_message = Message("numberingMessage")
        n_left = QVBoxLayout()
        n_left.addWidget(self.numbering_intro)
        n_left.addLayout(self.numbering_form)
        n_left.addWidget(self.confirm_button)
        n_left.addWidget(self.numbering_message)
        n_row = QHBoxLayout(self.numbering)
        n_row.addLayout(n_left, 3)
        n_row.addWidget(self.numbering_box, 2)

        side = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.message)
        side.addLayout(left, 3)
        side.addWidget(self.restore_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.numbering)
        layout.addWidget(self.intro)
        layout.addLayout(side, 1)
        self.backups: list = []
        self.retranslate()
        no_default_buttons(self)
        self.refresh()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text again in the current language (what is typed stays)."""
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Last receipt"),
                                              self.tr("Sales"), self.tr("Not yet at the county"), self.tr("Size")])
        self.now_button.setText(self.tr("Back up now"))
        self.verify_button.setText(self.tr("Check the file"))
        self.restore_button.setText(self.tr("Restore…"))
        self.numbering.setTitle(self.tr("Receipt numbering after the restore"))
        self.confirm_button.setText(self.tr("Confirm the numbering"))
        for k, text in zip(KINDS, (self.tr("Last receipt number used"), self.tr("Last shift number used"),
                                   self.tr("Last Z report number used"))):
            self.floor_labels[k].setText(text)
        self._intro_texts()

    def _intro_texts(self) -> None:
        second = (getattr(self.service.settings, "backup_folder", "") or "").strip()
        where = self.tr("Backups are made after every shift close, once a day and before every update, in {0}.").format(
            self._folder())
        where += " " + (self.tr("A second copy goes to {0}.").format(second) if second else
                        self.tr("Set a second folder (a USB stick) in the settings to keep a copy off this PC."))
        self.intro.setText(where)
        self.numbering_intro.setText(self.tr(
            "This till was restored from a backup. Customers or the county office may hold receipts made after it, "
            "so the till sells again only after the numbering is confirmed: an enrolled till asks the county office "
            "at its next sync; otherwise a manager checks the last numbers (the receipt roll, the last Z report) "
            "and confirms them. They can be raised, never lowered."))

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the list
    def _folder(self):
        return backup.data_backup_folder(self.service.store.path) if self.service.store.path else "?"

    def _reason_text(self, reason: str | None) -> str:
        return {"shift_close": self.tr("shift closed"), "daily": self.tr("daily"), "migration": self.tr("before an update"),
                "manual": self.tr("by hand"), "before_restore": self.tr("before a restore")}.get(reason or "", "?")

    def refresh(self) -> None:
        """List the backups again and show the numbering check if one is due."""
        self.backups = backup.list_backups(self._folder()) if self.service.store.path else []
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            h = b.holds
            cells = (format_datetime(b.created_at), self._reason_text(b.reason), h.get("last_receipt") or "—",
                     "?" if h.get("sales") is None else str(h["sales"]),
                     "?" if h.get("unacknowledged_events") is None else str(h["unacknowledged_events"]),
                     self.tr("{0} MB").format(f"{b.size_bytes / 1e6:.1f}"))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, text_cell(text, right=col >= 3, tip=str(b.path)))
        self.table.resizeColumnsToContents()
        self._selection_changed()
        shown = self.service.numbering_to_confirm()
        self.numbering.setVisible(shown is not None)
        if shown is not None:
            for k in KINDS:
                if not self.floor_inputs[k].isModified():
                    self.floor_inputs[k].setText(str(shown[k]))

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def selected(self):
        """The chosen :class:`~yarlung_pos.services.backup.BackupInfo`, or ``None``."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.backups[min(rows)] if rows and min(rows) < len(self.backups) else None

    def select(self, row: int) -> None:
        """Choose the backup in ``row`` (0 = newest)."""
        self.table.selectRow(row)

    # ------------------------------------------------------------------ actions
    def back_up_now(self) -> bool:
        """Back up now on a thread (``False`` when one is running); :attr:`backup_finished`
        fires when done (outcome in :attr:`last_run` / :attr:`last_error`)."""
        if self.running:
            return False
        self.running, self.last_run, self.last_error = True, None, None
        self.now_button.setEnabled(False)
        self.message.say(self.tr("Backing up…"), "hint")
        store, settings, clock, runner = self.service.store, self.service.settings, self.service.clock, self._runner

        def work() -> None:
            try:
                run, error = backup.backup_all(store, settings, clock, "manual"), None
            except Exception as exc:  # noqa: BLE001 - shown in words, never kills the thread
                run, error = None, exc
            try:
                runner.done.emit(run, error)
            except RuntimeError:  # the tab was closed meanwhile
                pass

        threading.Thread(target=work, name="backoffice-backup", daemon=True).start()
        return True

    def _on_backup_done(self, run, error) -> None:
        self.running = False
        self.now_button.setEnabled(True)
        self.last_run, self.last_error = run, error
        if error is not None:
            self.message.say(self.tr("The backup failed: {0}").format(str(error)), "error")
        elif run.warning:
            self.message.say(self.tr("Backed up on this PC only: the second folder cannot be used (is the USB stick "
                                     "plugged in?)"), "warn")
            self.message.setToolTip(run.warning)
        else:
            self.message.say(self.tr("Backed up: {0}").format(", ".join(str(b.path) for b in run.backups)), "ok")
        self.refresh()
        self.backup_finished.emit()

    def verify_selected(self) -> dict | None:
        """Check the chosen backup (integrity, what it holds); returns the report or ``None``."""
        chosen = self.selected()
        if chosen is None:
            return None
        try:
            report = backup.verify_backup(chosen.path)
        except backup.BackupError as exc:
            self.message.say(self.tr("This backup cannot be used: {0}").format(str(exc)), "error")
            return None
        self.message.say(self.tr("The file is whole: {0} sales, last receipt {1}.").format(
            report.get("sales"), report.get("last_receipt") or "—"), "ok")
        return report

    def restore_selected(self, approval=None) -> dict | None:
        """Restore the chosen backup with ``approval`` through :attr:`restore_handler` (the
        till closes its store, restores and ends); returns its result, or ``None``."""
        chosen = self.selected()
        if chosen is None:
            return None
        if self.restore_handler is None:
            self.message.say(self.tr("Close the till, then restore with “yarlung-pos backup restore”."), "error")
            return None
        try:
            backup.verify_backup(chosen.path)  # a bad file never reaches the till's restore
            self.service.check("restore", approval)  # who may: the services decide
            return self.restore_handler(chosen.path, approval)
        except (DomainError, backup.BackupError) as exc:
            self.message.say(describe(exc) if isinstance(exc, DomainError) else str(exc), "error")
            return None

    def _on_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        h = chosen.holds
        answer = QMessageBox.question(self, self.tr("Restore this backup?"), self.tr(
            "Put the backup of {0} in place of this till's database? It holds {1} sales, the last receipt {2}. "
            "A copy of the database as it is now is kept. The till closes afterwards; start it again.").format(
            format_datetime(chosen.created_at), h.get("sales", "?"), h.get("last_receipt") or "—"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        go, approval = self.restore_box.collect()
        if go:
            self.restore_selected(approval)

    def confirm_numbering(self, approval=None) -> dict | None:
        """Confirm the numbers typed (a manager, or their ``approval``); returns them, or
        ``None`` (the reason is shown, what was typed stays)."""
        try:
            numbers = {k: int(self.floor_inputs[k].text().strip() or "0") for k in KINDS}
        except ValueError:
            self.numbering_message.say(self.tr("Type whole numbers, e.g. 128."), "error")
            return None
        try:
            done = self.service.confirm_numbering(numbers, approval)
        except DomainError as exc:
            self.numbering_message.say(describe(exc), "error")
            return None
        self.numbering_message.say(self.tr("Numbering confirmed: the till sells again."), "ok")
        for k in KINDS:
            self.floor_inputs[k].setModified(False)
        self.refresh()
        return done

    def _on_confirm(self) -> None:
        go, approval = self.numbering_box.collect()
        if go:
            self.confirm_numbering(approval)
