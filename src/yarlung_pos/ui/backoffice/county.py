"""The County office tab: this till's enrolment and sync — server, terminal code, last
sync, events waiting, the tail of the sync log — a Sync now button (the sync runs on a
thread of its own, never on the UI's), the events sync set aside with why and what to do
about each (Send again puts them back in the queue), the USB hand-over for a hall offline for
weeks (Export for USB…, Read the county's answer…: :mod:`yarlung_pos.sync.handover`), and the
enrolment form (:class:`~yarlung_pos.ui.forms.enrol.EnrolForm`) to enrol or enrol again."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
                               QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

from yarlung_pos.i18n import format_datetime
from yarlung_pos.services.till import TillService
from yarlung_pos.sync import client, handover
from yarlung_pos.sync.status import SetAsideEvent, SyncOverview, sync_overview
from yarlung_pos.ui.backoffice.common import GREY, Message, make_table, no_default_buttons, text_cell
from yarlung_pos.ui.forms.enrol import EnrolForm


def event_kind_name(kind: str) -> str:
    """The translated name of an outbox event kind (``sale.completed``: "sale"); another
    kind as is."""
    names = {
        "sale.completed": QCoreApplication.translate("CountyTab", "sale"),
        "refund.completed": QCoreApplication.translate("CountyTab", "refund"),
        "stock.received": QCoreApplication.translate("CountyTab", "goods received"),
        "stock.adjusted": QCoreApplication.translate("CountyTab", "stock adjustment"),
        "stocktake.confirmed": QCoreApplication.translate("CountyTab", "stocktake"),
        "settlement.created": QCoreApplication.translate("CountyTab", "settlement"),
        "shift.opened": QCoreApplication.translate("CountyTab", "shift opened"),
        "shift.cash_moved": QCoreApplication.translate("CountyTab", "cash in or out"),
        "shift.closed": QCoreApplication.translate("CountyTab", "Z report"),
        "audit.recorded": QCoreApplication.translate("CountyTab", "audit entry"),
    }
    return names.get(kind, kind)


def what_to_do(event: SetAsideEvent) -> str:
    """One plain sentence, in the current language, on what the user can do about a
    set-aside event, judged from its recorded reason."""
    reason = event.reason.lower()
    if reason.startswith("sold as") and "before this till was enrolled" in reason:  # sync.client._set_aside_foreign
        if "too old" in reason:
            return QCoreApplication.translate(
                "CountyTab", "Sold before this till was enrolled. The county server is too old to take such "
                             "sales: ask the county office to update it; they are sent at the next sync.")
        return QCoreApplication.translate(
            "CountyTab", "Sold before this till was enrolled, under a code the county server did not take. Ask "
                         "the county office for a new one-time code for this till and enrol again with it "
                         "(below); they are sent at the next sync.")
    if "too large" in reason:
        return QCoreApplication.translate(
            "CountyTab", "Too large for the county server. Ask the county office to raise the server's size "
                         "limit, then press Send again.")
    if "unknown event kind" in reason or "schema" in reason:
        return QCoreApplication.translate(
            "CountyTab", "The county server is older than this till. Ask the county office to update it, "
                         "then press Send again.")
    if "terminal" in reason and ("another" in reason or "not this" in reason or "belongs" in reason):
        return QCoreApplication.translate(
            "CountyTab", "The county server holds this record under another till. Tell the county office the "
                         "receipt number and the reason shown; press Send again once they have fixed it.")
    return QCoreApplication.translate(
        "CountyTab", "The county server refused this record. Tell the county office the reason shown; press "
                     "Send again once they have fixed the cause.")


def explain_sync_failure(exc: Exception) -> str:
    """A failed sync (:class:`~yarlung_pos.sync.client.SyncError`, by its ``reason``) in
    words, in the current language."""
    reason = getattr(exc, "reason", "other")
    if reason == "unreachable":
        return QCoreApplication.translate(
            "CountyTab", "The county server cannot be reached. Check the network; nothing is lost — the "
                         "records wait here and go with the next sync.")
    if reason == "certificate":
        return QCoreApplication.translate(
            "CountyTab", "The county server's certificate cannot be checked. Ask the county office for their "
                         "CA file and enrol again with it.")
    if reason == "refused":
        return QCoreApplication.translate(
            "CountyTab", "The county server no longer accepts this till. Ask the county office for a new "
                         "one-time code and enrol again.")
    if reason == "not_server":
        return QCoreApplication.translate(
            "CountyTab", "What answers at the saved address is not a Yarlung county server. Check the address "
                         "with the county office and enrol again.")
    if "not enrolled" in str(exc):
        return QCoreApplication.translate("CountyTab", "This till is not enrolled yet: enrol it first.")
    if "already running" in str(exc):
        return QCoreApplication.translate("CountyTab", "A sync is running already; wait for it to finish.")
    return QCoreApplication.translate("CountyTab", "The sync did not finish: {0}").format(str(exc))


class _SyncRunner(QObject):
    """Carries a sync's outcome from its thread to the UI thread (queued signal)."""

    done = Signal(object, object)  # SyncResult | None, Exception | None


class CountyTab(QWidget):
    """Enrolment and sync state (``countyStatus`` form, ``syncLog``), ``syncNowButton``,
    the set-aside events (``setAsideTable``: kind, receipt number, reason, what to do) with
    ``resendButton``, and the enrolment form with ``enrolButton``.  :meth:`sync_now` starts
    a sync on a thread (``sync_running`` while it runs; ``sync_finished`` fires after);
    :meth:`send_again` and :meth:`enrol` do what their buttons do."""

    sync_finished = Signal()

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("countyTab")
        self.service = service
        self.overview: SyncOverview | None = None
        self.sync_running = False
        self.last_error: Exception | None = None
        self.last_result: client.SyncResult | None = None
        self._runner = _SyncRunner(self)
        self._runner.done.connect(self._on_sync_done)

        self.status_group = QGroupBox(objectName="countyStatusGroup")
        self.values = {k: QLabel(objectName=f"county{k[0].upper()}{k[1:]}Value")
                       for k in ("server", "terminal", "last", "waiting", "setAside")}
        for label in self.values.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.status_form = QFormLayout(objectName="countyStatus")
        self._status_labels = [QLabel() for _ in self.values]
        for label, value in zip(self._status_labels, self.values.values()):
            self.status_form.addRow(label, value)
        self.sync_button = QPushButton(objectName="syncNowButton")
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.sync_message = Message("syncMessage")
        self.log = QPlainTextEdit(objectName="syncLog")
        self.log.setReadOnly(True)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        status = QVBoxLayout(self.status_group)
        self.status_form.setVerticalSpacing(2)
        status.addLayout(self.status_form)
        row = QHBoxLayout()
        row.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.sync_message, 1)
        status.addLayout(row)
        self.usb_export_button = QPushButton(objectName="usbExportButton")
        self.usb_export_button.clicked.connect(lambda: self.export_for_usb())
        self.usb_answer_button = QPushButton(objectName="usbAnswerButton")
        self.usb_answer_button.clicked.connect(lambda: self.read_answer())
        self.usb_message = Message("usbMessage")
        usb = QHBoxLayout()
        usb.addWidget(self.usb_export_button, 0, Qt.AlignmentFlag.AlignTop)
        usb.addWidget(self.usb_answer_button, 0, Qt.AlignmentFlag.AlignTop)
        usb.addWidget(self.usb_message, 1)
        status.addLayout(usb)
        status.addStretch(1)

        self.enrol_group = QGroupBox(objectName="enrolGroup")
        self.enrol_hint = QLabel(objectName="enrolHint")
        self.enrol_hint.setWordWrap(True)
        self.enrol_hint.setStyleSheet(f"color: {GREY};")
        self.enrol_form = EnrolForm(service.store, service.clock)
        self.enrol_button = QPushButton(objectName="enrolButton")
        self.enrol_button.clicked.connect(lambda: self.enrol())
        enrol = QVBoxLayout(self.enrol_group)
        enrol.addWidget(self.enrol_hint)
        enrol.addWidget(self.enrol_form)
        erow = QHBoxLayout()
        erow.addStretch(1)
        erow.addWidget(self.enrol_button)
        enrol.addLayout(erow)
        enrol.addStretch(1)

        self.aside_group = QWidget(objectName="setAsideGroup")
        self.aside_hint = QLabel(objectName="setAsideHint")
        self.aside_hint.setWordWrap(True)
        self.aside_hint.setStyleSheet(f"color: {GREY};")
        self.table = make_table("setAsideTable", [""] * 4, stretch=2)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # why | what to do
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(int(self.fontMetrics().height() * 4.5))
        # the rest of the height, whatever it is (its size hint would make the tab scroll at 768 px)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.resend_button = QPushButton(objectName="resendButton")
        self.resend_button.clicked.connect(lambda: self.send_again())
        self.aside_message = Message("setAsideMessage")
        aside = QVBoxLayout(self.aside_group)
        aside.addWidget(self.aside_hint)
        aside.addWidget(self.table, 1)
        arow = QHBoxLayout()
        arow.addWidget(self.aside_message, 1)
        arow.addWidget(self.resend_button)
        aside.addLayout(arow)

        top = QHBoxLayout()
        top.addWidget(self.status_group, 1)
        top.addWidget(self.enrol_group, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # the set-aside records and the sync log share the lower half (one of them at a time)
        self.lower = QTabWidget(objectName="countyLowerTabs")
        self.lower.addTab(self.aside_group, "")
        self.lower.addTab(self.log, "")
        layout.addWidget(self.lower, 1)
        no_default_buttons(self)
        self.retranslate()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.status_group.setTitle(self.tr("Enrolment and sync"))
        for label, text in zip(self._status_labels, (self.tr("County server"), self.tr("Till code"),
                                                      self.tr("Last sync"), self.tr("Waiting to be sent"),
                                                      self.tr("Set aside"))):
            label.setText(text)
        self.sync_button.setText(self.tr("Sync now"))
        self.usb_export_button.setText(self.tr("Export for USB…"))
        self.usb_export_button.setToolTip(self.tr("No network for a long time? Write the records not yet sent into "
                                                  "one file, for the county office to read from a USB stick."))
        self.usb_answer_button.setText(self.tr("Read the county's answer…"))
        self.usb_answer_button.setToolTip(self.tr("Read the answer file the county office wrote: the records it "
                                                  "holds are marked sent."))
        self.lower.setTabText(1, self.tr("Sync log (newest last)"))
        self.enrol_group.setTitle(self.tr("Enrol with the county office"))
        self.lower.setTabText(0, self.tr("Set-aside records"))
        self.aside_hint.setText(self.tr("Records the county server did not take (or this till held back). They are "
                                        "kept here, never lost, and do not hold up the others."))
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Receipt"), self.tr("Why"),
                                              self.tr("What you can do")])
        self.resend_button.setText(self.tr("Send again"))
        if self.sync_running:
            self.sync_message.say(self.tr("Syncing with the county office…"), "hint")
        elif self.last_error is not None:
            self.sync_message.say(explain_sync_failure(self.last_error), "error")
        elif self.last_result is not None:
            self._say_result(self.last_result)
        self.refresh()

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Read the enrolment, sync state, log and set-aside events again (no network)."""
        o = self.overview = sync_overview(self.service.store)
        now = self.service.clock()
        self.values["server"].setText(o.server_url or self.tr("not enrolled"))
        self.values["terminal"].setText(o.terminal if o.enrolled else
                                        self.tr("{0} (working alone, not enrolled)").format(o.terminal))
        self.values["last"].setText(format_datetime(o.last_sync_at.astimezone(now.tzinfo)) if o.last_sync_at
                                    else self.tr("never"))
        self.values["waiting"].setText(str(o.waiting))
        self.values["setAside"].setText(str(len(o.set_aside)))
        self.log.setPlainText("\n".join(o.log) if o.log else self.tr("(no sync yet)"))
        self.log.verticalScrollBar().setValue(self.log.verticalScrollBar().maximum())
        self.sync_button.setEnabled(o.enrolled and not self.sync_running)
        self.usb_export_button.setEnabled(o.enrolled)
        self.usb_answer_button.setEnabled(o.enrolled)
        self.enrol_button.setText(self.tr("Enrol again") if o.enrolled else self.tr("Enrol"))
        self.enrol_hint.setText(self.tr("This till is enrolled. Enrol again only with a new one-time code from the "
                                        "county office (for example after the server moved).") if o.enrolled else
                                self.tr("Type the county server's address and the one-time code the county office "
                                        "gave you for this till."))
        if o.enrolled and self.enrol_form.terminal is None:
            self.enrol_form.show_enrolled(o.terminal, o.server_url or "")
        self.table.setRowCount(len(o.set_aside))
        for row, e in enumerate(o.set_aside):
            todo = what_to_do(e)
            for col, cell in enumerate((text_cell(event_kind_name(e.kind), tip=e.kind), text_cell(e.number or ""),
                                        text_cell(e.reason, tip=e.reason), text_cell(todo, tip=todo))):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # first lines side by side
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        self.resend_button.setEnabled(bool(o.set_aside))
        if not o.set_aside:
            self.aside_message.say(self.tr("Nothing is set aside."), "hint")
        elif self.aside_message.property("kind") in ("", "hint"):
            self.aside_message.clear()

    # ------------------------------------------------------------------ actions
    def sync_now(self) -> bool:
        """Start a sync (push, then pull) on its own thread; ``False`` when one is running
        already.  :attr:`sync_finished` fires when it is over (outcome in
        :attr:`last_result` / :attr:`last_error`, shown under the button)."""
        if self.sync_running:
            return False
        self.sync_running, self.last_error, self.last_result = True, None, None
        self.sync_button.setEnabled(False)
        self.sync_message.say(self.tr("Syncing with the county office…"), "hint")
        store, runner = self.service.store, self._runner

        def work() -> None:
            try:
                result, error = client.sync_now(store), None
            except Exception as exc:  # noqa: BLE001 - every failure is shown, none kills the thread
                result, error = None, exc
            try:
                runner.done.emit(result, error)
            except RuntimeError:  # the tab was closed meanwhile
                pass

        threading.Thread(target=work, name="backoffice-sync", daemon=True).start()
        return True

    def _say_result(self, r: client.SyncResult) -> None:
        self.sync_message.say(self.tr("Synced: {0} sent, {1} set aside, {2} catalogue changes received, "
                                      "{3} waiting.").format(r.sent, r.rejected, r.pulled, r.waiting),
                              "warn" if r.rejected else "ok")

    def _on_sync_done(self, result, error) -> None:
        self.sync_running = False
        self.last_result, self.last_error = result, error
        if error is not None:
            self.sync_message.say(explain_sync_failure(error), "error")
            self.sync_message.setToolTip(str(error))
        else:
            self.sync_message.setToolTip("")
            self._say_result(result)
        self.refresh()
        self.sync_finished.emit()

    def send_again(self) -> int:
        """Put every set-aside event back in the queue (they go with the next sync); returns
        how many."""
        n = client.resend_rejected(self.service.store)
        self.refresh()
        self.aside_message.say(self.tr("Back in the queue: {0}. They go with the next sync.").format(n), "ok")
        return n

    def enrol(self) -> str | None:
        """Enrol (or enrol again) with what is typed in the enrolment form; returns the till
        code, or ``None`` (the form says why).  Blocks until the server answers."""
        terminal = self.enrol_form.try_enrol()
        self.refresh()
        return terminal

    # ------------------------------------------------------------------ USB hand-over
    def _usb_failure(self, exc: Exception) -> str:
        text = str(exc)
        if isinstance(exc, OSError):
            return self.tr("The file cannot be used: {0}").format(exc.strerror or text)
        if "not enrolled" in text:
            return self.tr("This till is not enrolled yet: enrol it first.")
        if "for terminal" in text and "this till is" in text:
            return self.tr("This answer is for another till. Nothing was changed.")
        if "holds " in text:
            return self.tr("This is not the county's answer file (it may be this till's own export). Nothing was "
                           "changed.")
        return self.tr("The file was altered, or it is not this till's. Nothing was changed: ask the county "
                       "office to write it again.")

    def export_for_usb(self, path: str | None = None) -> dict | None:
        """Write the records not yet sent into the hand-over file ``path`` (``None``: ask with
        a save dialog) and say how many; returns the export's counts
        (:func:`~yarlung_pos.sync.handover.export_events`), or ``None`` (cancelled or failed:
        the reason is shown).  Quick (it reads the outbox and writes one file)."""
        if path is None:
            code = self.overview.terminal if self.overview else "till"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export for USB"), f"{code}-{self.service.clock():%Y%m%d-%H%M}.yhand",
                self.tr("Hand-over files (*.yhand);;All files (*)"))
            if not path:
                return None
        try:
            doc = handover.export_events(self.service.store, Path(path), self.service.clock)
        except (client.SyncError, OSError) as exc:
            self.usb_message.say(self._usb_failure(exc), "error")
            self.usb_message.setToolTip(str(exc))
            return None
        self.usb_message.setToolTip(doc["file"])
        self.usb_message.say(self.tr("Records written: {0}, to {1}. Take the file to the county office; the records "
                                     "stay waiting here until the county's answer is read.")
                             .format(doc["events"], Path(doc["file"]).name), "ok")
        self.refresh()
        return doc

    def read_answer(self, path: str | None = None) -> dict | None:
        """Read the county's answer file ``path`` (``None``: ask with an open dialog): the
        records the county holds are marked sent, those it refused are set aside.  Returns the
        counts (:func:`~yarlung_pos.sync.handover.import_acks`), or ``None`` (cancelled or
        refused — an altered file or another till's changes nothing; the reason is shown)."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Read the county's answer"), "",
                                                        self.tr("County answers (*.acks *.yhand);;All files (*)"))
            if not path:
                return None
        try:
            doc = handover.import_acks(self.service.store, Path(path), self.service.clock)
        except (client.SyncError, OSError) as exc:
            self.usb_message.say(self._usb_failure(exc), "error")
            self.usb_message.setToolTip(str(exc))
            return None
        self.usb_message.setToolTip(doc["file"])
        self.usb_message.say(self.tr("The county holds them: {0} now marked sent, {1} set aside; {2} "
                                     "waiting.").format(doc["sent"], doc["rejected"], doc["waiting"]),
                             "warn" if doc["rejected"] else "ok")
        self.refresh()
        return doc
