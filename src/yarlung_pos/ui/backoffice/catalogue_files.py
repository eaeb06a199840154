"""The Catalogue files tab: import the catalogue from CSV files — categories, cooperatives
and products together, every bad row shown, all or nothing
(:class:`~yarlung_pos.ui.forms.catalogue_import.CatalogueImportForm`) — and export the three
kinds to a chosen folder in the same format (:func:`services.catalogue_csv.export_catalogue_csv`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from yarlung_pos.services.catalogue_csv import export_catalogue_csv
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.common import GREY, Message, no_default_buttons
from yarlung_pos.ui.forms.catalogue_import import KINDS, CatalogueImportForm

#: the file each kind is exported to, in the chosen folder
EXPORT_NAMES = {"categories": "categories.csv", "cooperatives": "cooperatives.csv", "products": "products.csv"}


class CatalogueFilesTab(QWidget):
    """``catalogueImportForm`` (see its class) and the export: ``exportFolderInput``,
    ``exportFolderButton`` (a folder dialog), ``exportButton`` and ``exportMessage``.
    :meth:`export_to` does what the Export button does."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogueFilesTab")
        self.service = service
        self.import_group = QGroupBox(objectName="catalogueImportGroup")
        self.import_hint = QLabel(objectName="catalogueImportHint")
        self.import_hint.setWordWrap(True)
        self.import_hint.setStyleSheet(f"color: {GREY};")
        self.import_form = CatalogueImportForm(service.store, service.clock)
        imp = QVBoxLayout(self.import_group)
        imp.addWidget(self.import_hint)
        imp.addWidget(self.import_form, 1)

        self.export_group = QGroupBox(objectName="catalogueExportGroup")
        self.export_hint = QLabel(objectName="catalogueExportHint")
        self.export_hint.setWordWrap(True)
        self.export_hint.setStyleSheet(f"color: {GREY};")
        self.folder = QLineEdit(objectName="exportFolderInput")
        self.folder_button = QPushButton(objectName="exportFolderButton")
        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button = QPushButton(objectName="exportButton")
        self.export_button.clicked.connect(lambda: self.export_to(self.folder.text()))
        self.export_message = Message("exportMessage")
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.export_button)
        exp = QVBoxLayout(self.export_group)
        exp.addWidget(self.export_hint)
        exp.addLayout(row)
        exp.addWidget(self.export_message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.import_group, 1)
        layout.addWidget(self.export_group)
        no_default_buttons(self)
        self._exported: tuple[int, ...] | None = None
        self.retranslate()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text again in the current language (the import form follows by itself)."""
        self.import_group.setTitle(self.tr("Import from CSV files"))
        self.import_hint.setText(self.tr("Choose one, two or all three files (UTF-8 CSV, as exported below). Check "
                                         "lists every bad row; Import takes all the files or nothing. Rows with a "
                                         "known code or SKU are updated, new ones added."))
        self.export_group.setTitle(self.tr("Export to CSV files"))
        self.export_hint.setText(self.tr("Writes categories.csv, cooperatives.csv and products.csv into the folder "
                                         "(files of those names there are replaced)."))
        self.folder_label.setText(self.tr("Folder"))
        self.folder.setPlaceholderText(self.tr("a folder, e.g. on a USB stick"))
        self.folder_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        if self._exported is not None:
            self._say_exported()

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ export
    def choose_folder(self) -> None:
        """Pick the export folder with a folder dialog."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Export the catalogue to"), self.folder.text())
        if path:
            self.folder.setText(path)

    def export_to(self, folder: str | Path) -> dict[str, Path] | None:
        """Write the three kinds into ``folder`` (``EXPORT_NAMES``); returns ``{kind: path}``,
        or ``None`` after showing why not (no folder, not a folder, not writable)."""
        text = str(folder).strip()
        self._exported = None
        if not text:
            self.export_message.say(self.tr("Choose a folder first."), "error")
            return None
        target = Path(text).expanduser()
        if not target.is_dir():
            self.export_message.say(self.tr("There is no folder {0}.").format(str(target)), "error")
            return None
        paths = {kind: target / EXPORT_NAMES[kind] for kind in KINDS}
        counts = []
        try:
            for kind in KINDS:
                counts.append(export_catalogue_csv(self.service.store, paths[kind], kind))
        except OSError as exc:
            self.export_message.say(self.tr("Cannot write to {0}: {1}").format(
                str(target), exc.strerror or str(exc)), "error")
            return None
        self._exported, self._exported_to = tuple(counts), target
        self._say_exported()
        return paths

    def _say_exported(self) -> None:
        cats, coops, products = self._exported
        self.export_message.say(self.tr("Exported {0} categories, {1} cooperatives and {2} products to {3}.").format(
            cats, coops, products, str(self._exported_to)), "ok")

    def refresh(self) -> None:
        """Nothing to reload (the import form reads the files when asked)."""
