"""The labels screen's output: Save PDF, Open in viewer (a PDF in the cache folder, old ones
removed) and Print, all with the calibration as shown."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from yarlung_pos.config import APP_NAME
from yarlung_pos.printing.labels import LabelError, LabelRun, LabelTemplate, paint_labels
from yarlung_pos.services.labels import make_labels

#: a PDF made for the viewer older than this (seconds) is removed when the next one is made
VIEWER_PDF_MAX_AGE_S = 24 * 3600


def labels_cache_dir() -> Path:
    """Where "Open in viewer" writes its PDFs: ``labels/`` in the per-user cache folder."""
    import platformdirs
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "labels"


_VIEWER_FILES = itertools.count(1)
#: cache folders already cleared of old PDFs in this run
_CLEARED: set[Path] = set()


def remove_old_pdfs(folder: Path, max_age_s: float = VIEWER_PDF_MAX_AGE_S,
                    now: Callable[[], float] = time.time) -> None:
    """Best effort: drop the ``labels-*.pdf`` files of ``folder`` last modified more than
    ``max_age_s`` seconds before ``now()`` (seconds since the epoch, like file times).  Files
    that cannot be read or removed are left; nothing is raised."""
    cutoff = now() - max_age_s
    for p in folder.glob("labels-*.pdf"):
        try:
            if p.stat().st_mtime < cutoff:
                p.unlink()
        except OSError:
            pass


def viewer_pdf_path(folder: Path, template: str, now: Callable[[], float] = time.time) -> Path:
    """A new file in ``folder`` for the labels on ``template``:
    ``labels-<template>-<local YYYYmmdd-HHMMSS of now()>-<process id>-<n>.pdf`` (``n`` counts
    this process's files, so two in one second differ even when the first was cleared away
    by :func:`remove_old_pdfs` — file times and the clock can disagree), or the same name with
    ``~2``, ``~3`` … when that file exists already."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now()))
    path = folder / f"labels-{template}-{stamp}-{os.getpid()}-{next(_VIEWER_FILES)}.pdf"
    n = 1
    while path.exists():
        n += 1
        path = path.with_name(f"{path.stem.rsplit('~', 1)[0]}~{n}.pdf")
    return path


def page_layout(t: LabelTemplate) -> QPageLayout:
    """The page of template ``t``: its sheet or roll label (mm), portrait, no margins."""
    return QPageLayout(QPageSize(QSizeF(t.page_w, t.page_h), QPageSize.Unit.Millimeter, t.name),
                       QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


class LabelsOutput:
    """Part of :class:`~yarlung_pos.ui.labels.LabelsDialog`: the Save PDF…, Open in viewer
    and Print… buttons and what they do.

    Builds ``save_button``, ``open_button`` and ``print_button``; uses the dialog's
    ``service``, ``_last_dir``, ``items``, ``template``, ``languages``, ``offset``,
    ``start_spin``, ``check``, ``_summary`` and ``_show``."""

    def _build_output(self) -> list[QPushButton]:
        """The three output buttons, in their order on the bottom row."""
        self.save_button = QPushButton(self.tr("Save PDF…"), objectName="saveLabelsPdfButton")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button = QPushButton(self.tr("Open in viewer"), objectName="openLabelsPdfButton")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.print_button = QPushButton(self.tr("Print…"), objectName="printLabelsButton")
        self.print_button.clicked.connect(self._on_print_clicked)
        return [self.save_button, self.open_button, self.print_button]

    def _set_output_enabled(self, enabled: bool) -> None:
        for b in (self.save_button, self.open_button, self.print_button):
            b.setEnabled(enabled)

    def _settings_for_output(self):
        """The settings with the calibration as shown (saved or not) for the chosen template."""
        settings = self.service.settings
        return replace(settings, label_offsets={**settings.label_offsets, self.template().name: self.offset()})

    def save_pdf(self, path: Path) -> LabelRun:
        """Write the labels as chosen to the PDF ``path``.  Raises :class:`LabelError` or
        ``OSError`` (nothing is written then)."""
        run = make_labels(self.service.store, self.items(), self.template().name, Path(path),
                          self._settings_for_output(), self.languages(), self.start_spin.value())
        return run

    def open_in_viewer(self) -> Path:
        """Write the labels to a new PDF in the cache folder and open it in the system's PDF
        viewer; returns the file.  Raises :class:`LabelError` or ``OSError``."""
        folder = labels_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if folder not in _CLEARED:  # once per run: never a file this run wrote (a viewer may have it open)
            _CLEARED.add(folder)
            remove_old_pdfs(folder)
        path = viewer_pdf_path(folder, self.template().name)
        run = self.save_pdf(path)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._done(run, self.tr("opened {0}").format(path))
        else:
            self._show(self.tr("Saved to {0}, but no PDF viewer could be opened.").format(path), error=True)
        return path

    def print_to(self, printer) -> LabelRun:
        """Paint the labels on ``printer`` (a ``QPrinter``): page = the template's sheet or
        label with no margins, 100 % scale, the same drawing as the PDF.  Raises
        :class:`LabelError` (nothing is printed then)."""
        job = self.check()
        t = job.template
        printer.setFullPage(True)
        if not printer.setPageLayout(page_layout(t)):
            raise LabelError(f"the printer does not take {t.page_w:g} × {t.page_h:g} mm pages ({t.name})")
        painter = QPainter()
        if not painter.begin(printer):
            raise LabelError("the printer could not be started")
        try:
            run = paint_labels(painter, printer.resolution(), job, self.offset(), printer.newPage)
        finally:
            painter.end()
        return run

    def _done(self, run: LabelRun, where: str) -> None:
        self._show(self.tr("{0} — {1}.").format(self._summary(len(run.labels), run.pages), where), error=False)

    def _on_save_clicked(self) -> None:
        start = self._last_dir or Path.home()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save labels as PDF"),
                                              str(start / f"labels-{self.template().name}.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            run = self.save_pdf(path)
        except (LabelError, OSError) as exc:
            self._show(self.tr("PDF not saved: {0}").format(str(exc)), error=True)
            return
        self._last_dir = path.parent
        self._done(run, self.tr("saved to {0}").format(path))

    def _on_open_clicked(self) -> None:
        try:
            self.open_in_viewer()
        except (LabelError, OSError) as exc:
            self._show(self.tr("PDF not made: {0}").format(str(exc)), error=True)

    def _on_print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        try:
            job = self.check()
        except LabelError as exc:
            self._show(str(exc), error=True)
            return
        t = job.template
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(t))
        printer.setDocName(f"Yarlung labels ({t.name})")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print labels"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            run = self.print_to(printer)
        except LabelError as exc:
            self._show(self.tr("Not printed: {0}").format(str(exc)), error=True)
            return
        self._done(run, self.tr("sent to {0}").format(printer.printerName() or printer.outputFileName()))
