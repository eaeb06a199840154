"""The catalogue page of the setup window: from the county office (pulled off the UI thread,
with a progress bar), from CSV files (:class:`~yarlung_pos.ui.forms.catalogue_import.CatalogueImportForm`)
or start empty."""

from __future__ import annotations

import inspect

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QProgressBar, QRadioButton, QStackedWidget, QVBoxLayout, QWidget

from yarlung_pos.ui.setup.pages import SetupPage, message_label, show


def call_pull(store, config, progress) -> tuple[int, int]:
    """:func:`yarlung_pos.sync.client.pull` with ``progress(done, total)`` when that version of
    the client takes it (an older one pulls in one answer and is called without).  Returns
    what ``pull`` returns; raises what it raises."""
    from yarlung_pos.sync import client
    if "progress" in inspect.signature(client.pull).parameters:
        return client.pull(store, config, progress=progress)
    result = client.pull(store, config)
    progress(result[0], result[0])
    return result


class PullThread(QThread):
    """Pulls the county's catalogue into ``store``: ``progressed(done, total)`` after each page
    (``total`` −1 when unknown), then ``done(rows)`` or ``failed(error)``."""

    progressed = Signal(int, int)
    done = Signal(int)
    failed = Signal(object)

    def __init__(self, store, config, parent=None):
        super().__init__(parent)
        self.store, self.config = store, config
        self._stop = False

    def stop(self) -> None:
        """Stop after the page being applied (what was applied is kept: the next pull goes on
        from there)."""
        self._stop = True

    def _progress(self, done, total) -> None:
        self.progressed.emit(int(done), -1 if total is None else int(total))
        if self._stop:
            raise _Stopped()

    def run(self) -> None:  # noqa: D401 - Qt override
        """Runs in the thread: the pull, reported by signals (queued to the UI thread)."""
        try:
            rows, _cursor = call_pull(self.store, self.config, self._progress)
        except _Stopped:
            return
        except Exception as exc:  # noqa: BLE001 - shown in words; the till stays usable
            self.failed.emit(exc)
            return
        self.done.emit(int(rows))


class _Stopped(Exception):
    """The window closed while the catalogue was being pulled."""


class CataloguePage(SetupPage):
    """``countyChoice`` (only when enrolled), ``csvChoice``, ``emptyChoice``; the county pull
    shows on ``pullProgress`` and starts on Next (the page goes on by itself when it is done)."""

    def __init__(self, wizard, store, clock):
        from yarlung_pos.ui.forms.catalogue_import import CatalogueImportForm
        super().__init__(wizard, "cataloguePage")
        self.store = store
        self.county_choice = QRadioButton(objectName="countyChoice")
        self.csv_choice = QRadioButton(objectName="csvChoice")
        self.empty_choice = QRadioButton(objectName="emptyChoice")
        group = QButtonGroup(self)
        for b in (self.county_choice, self.csv_choice, self.empty_choice):
            group.addButton(b)
            b.toggled.connect(self._choice_changed)
        self.stack = QStackedWidget()
        county = QWidget()
        self.progress = QProgressBar(objectName="pullProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.pull_status = message_label("pullStatus")
        cl = QVBoxLayout(county)
        cl.setContentsMargins(0, 4, 0, 0)
        cl.addWidget(self.progress)
        cl.addWidget(self.pull_status)
        cl.addStretch(1)
        self.form = CatalogueImportForm(store, clock)
        csv = QWidget()
        fl = QVBoxLayout(csv)
        fl.setContentsMargins(0, 4, 0, 0)
        fl.addWidget(self.form)
        self.empty_note = QLabel(wordWrap=True)
        empty = QWidget()
        el = QVBoxLayout(empty)
        el.setContentsMargins(0, 4, 0, 0)
        el.addWidget(self.empty_note)
        el.addStretch(1)
        for w in (county, csv, empty):
            self.stack.addWidget(w)
        choices = QHBoxLayout()  # side by side: the room below is for the table of problems
        choices.setSpacing(28)
        for b in (self.county_choice, self.csv_choice, self.empty_choice):
            choices.addWidget(b)
        choices.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(choices)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.message)
        self.thread: PullThread | None = None
        self.pulled: int | None = None  # rows pulled, once the pull worked
        self._pull_state: tuple | None = None
        self.auto_advance = True  # go on to the next page by itself once the pull is done
        self.retranslate()

    # ------------------------------------------------------------------ state
    def _choice_changed(self) -> None:
        index = 0 if self.county_choice.isChecked() else 1 if self.csv_choice.isChecked() else 2
        self.stack.setCurrentIndex(index)
        self.message.clear()

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        enrolled = self.setup.enrol_page.enrolled() is not None
        self.county_choice.setEnabled(enrolled)
        chosen = self.csv_choice.isChecked() or self.empty_choice.isChecked()
        if enrolled and not chosen:
            self.county_choice.setChecked(True)
        elif not enrolled and not chosen:
            self.csv_choice.setChecked(True)
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.thread is None  # not while pulling

    def retranslate(self) -> None:
        self.setTitle(self.tr("The catalogue"))
        self.setSubTitle(self.tr("The products the till sells, with their prices and barcodes."))
        self.county_choice.setText(self.tr("From the county office"))
        self.csv_choice.setText(self.tr("From CSV files"))
        self.empty_choice.setText(self.tr("Start empty"))
        self.empty_note.setText(self.tr("The till starts without products; add them later in the back office. "
                                        "Scanning finds nothing until products are added."))
        self._say_pull()

    def _say_pull(self) -> None:
        from yarlung_pos.ui.forms.enrol import explain_sync_error
        state = self._pull_state
        if state is None:
            enrolled = self.setup.enrol_page.enrolled() is not None
            show(self.pull_status, self.tr("Next fetches the catalogue from the county office.") if enrolled
                 else self.tr("Enrol with the county office first (step 3)."), error=not enrolled)
        elif state[0] == "running":
            done, total = state[1], state[2]
            text = (self.tr("Fetching the catalogue… {0} of {1} entries").format(done, total) if total >= 0
                    else self.tr("Fetching the catalogue… {0} entries").format(done))
            show(self.pull_status, text, error=False)
        elif state[0] == "done":
            show(self.pull_status, self.tr("The catalogue was fetched: {0} entries.").format(state[1]), error=False)
        else:
            exc = state[1]
            from yarlung_pos.sync.client import SyncError
            if isinstance(exc, SyncError):
                text = explain_sync_error(exc)
            else:  # a fault of the till itself: its first line (the rest is for the log)
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                text = self.tr("the till could not keep what the server sent ({0})").format(first[:160])
            show(self.pull_status, self.tr("The catalogue could not be fetched: {0}").format(text))

    # ------------------------------------------------------------------ pull
    def start_pull(self) -> bool:
        """Start fetching the catalogue off the UI thread; returns False when not enrolled."""
        config = self.setup.enrol_page.enrolled()
        if config is None or self.thread is not None:
            return False
        self.thread = PullThread(self.store, config, self)
        self.thread.progressed.connect(self._on_progress)
        self.thread.done.connect(self._on_done)
        self.thread.failed.connect(self._on_failed)
        self.thread.finished.connect(self._on_finished)
        self.progress.setRange(0, 0)  # busy until the first page tells the total
        self._pull_state = ("running", 0, -1)
        self._say_pull()
        self.completeChanged.emit()
        for b in (self.county_choice, self.csv_choice, self.empty_choice):
            b.setEnabled(False)
        self.thread.start()
        return True

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self._pull_state = ("running", done, total)
        self._say_pull()

    def _on_done(self, rows: int) -> None:
        self.pulled = rows
        if self.progress.maximum() <= 0:  # no page told the total
            self.progress.setRange(0, max(rows, 1))
        self.progress.setValue(self.progress.maximum())
        self._pull_state = ("done", rows)
        self._say_pull()

    def _on_failed(self, exc) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._pull_state = ("failed", exc)
        self._say_pull()

    def _on_finished(self) -> None:
        self.thread.deleteLater()
        self.thread = None
        for b in (self.csv_choice, self.empty_choice):
            b.setEnabled(True)
        self.county_choice.setEnabled(self.setup.enrol_page.enrolled() is not None)
        self.completeChanged.emit()
        if self.pulled is not None and self.auto_advance and self.setup.currentPage() is self:
            self.setup.next()  # fetched: on to the float

    def wait_for_pull(self, ms: int = 60000) -> None:
        """Stop a running pull after its current page and wait for it (closing the window)."""
        if self.thread is not None:
            self.thread.stop()
            self.thread.wait(ms)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.message.clear()
        if self.county_choice.isChecked():
            if self.pulled is not None:
                return True
            self.start_pull()
            return False
        if self.csv_choice.isChecked():
            if self.form.result is not None:
                return True
            if not self.form.files():
                show(self.message, self.tr("Choose the CSV files, or start empty."))
                return False
            return self.form.import_files() is not None
        return True
