"""Importing the catalogue from CSV files: categories, cooperatives and products
(:mod:`yarlung_pos.services.catalogue_csv`).  *Check* lists every bad row of every file in a
table (file, line, column, reason); *Import* imports all the files together or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from yarlung_pos.ui.messages import describe

KINDS = ("categories", "cooperatives", "products")


class CatalogueImportForm(QWidget):
    """A file field and picker for each kind (``<kind>FileInput``, ``<kind>FileButton``),
    ``checkButton``, ``importButton``, the table of problems (``importErrorsTable``: file,
    line, column, reason) and a message line (``importMessage``).  ``imported(dict)`` fires
    after an import with ``{kind: {"added": n, "updated": n}}``.  ``store``: the till's
    ``Store``; ``clock``: a ``Clock``.  Texts follow a language change (:meth:`retranslate`)."""

    imported = Signal(dict)

    def __init__(self, store, clock, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogueImportForm")
        self.store, self.clock = store, clock
        self.inputs: dict[str, QLineEdit] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.kind_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for row, kind in enumerate(KINDS):
            label = QLabel()
            field = QLineEdit(objectName=f"{kind}FileInput")
            field.textChanged.connect(self._files_changed)
            button = QPushButton(objectName=f"{kind}FileButton")
            button.clicked.connect(lambda _=False, k=kind: self.choose_file(k))
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.inputs[kind], self.buttons[kind], self.kind_labels[kind] = field, button, label
        grid.setColumnStretch(1, 1)
        self.check_button = QPushButton(objectName="checkButton")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(objectName="importButton")
        self.import_button.clicked.connect(self.import_files)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.import_button)
        self.table = QTableWidget(0, 4, objectName="importErrorsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.hide()
        self.message = QLabel(objectName="importMessage")
        self.message.setWordWrap(True)
        actions.addWidget(self.message, 1)  # the verdict beside the buttons: the room below is the table's
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(grid)
        lay.addLayout(actions)
        lay.addWidget(self.table, 1)
        self.problems: list = []  # (path, RowError) of the last check or import
        self.result: dict | None = None  # the counts of the last import
        self._state: tuple | None = None  # what the message says, to say it again in another language
        self.retranslate()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text again in the current language (the table of problems too)."""
        names = {"categories": self.tr("Categories file"), "cooperatives": self.tr("Cooperatives file"),
                 "products": self.tr("Products file")}
        for kind in KINDS:
            self.kind_labels[kind].setText(names[kind])
            self.buttons[kind].setText(self.tr("Choose…"))
            self.inputs[kind].setPlaceholderText(self.tr("CSV file (UTF-8)"))
        self.check_button.setText(self.tr("Check"))
        self.import_button.setText(self.tr("Import"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self._fill_table()
        self._say_state()

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ files
    def files(self) -> dict[str, Path]:
        """The files chosen, by kind (kinds left empty are not in it)."""
        return {k: Path(f.text().strip()).expanduser() for k, f in self.inputs.items() if f.text().strip()}

    def set_file(self, kind: str, path) -> None:
        """Choose ``path`` as the file of ``kind`` (as the picker would)."""
        self.inputs[kind].setText(str(path))

    def choose_file(self, kind: str) -> None:
        """Pick the file of ``kind`` with a file dialog."""
        start = self.inputs[kind].text() or next((f.text() for f in self.inputs.values() if f.text()), "")
        path, _ = QFileDialog.getOpenFileName(self, self.kind_labels[kind].text(), str(Path(start).parent) if start else "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.set_file(kind, path)

    def _files_changed(self) -> None:
        self.result = None

    # ------------------------------------------------------------------ check and import
    def check(self) -> bool:
        """Check the chosen files without importing; shows every problem.  Returns True when
        all files could be imported."""
        return self._run(check_only=True) is not None

    def import_files(self) -> dict | None:
        """Import the chosen files all together, or nothing when any row is bad (every
        problem shown).  Returns ``{kind: {"added", "updated"}}`` (and fires ``imported``),
        or ``None``."""
        counts = self._run(check_only=False)
        if counts is not None:
            self.result = counts
            self.imported.emit(counts)
        return counts

    def _run(self, check_only: bool) -> dict | None:
        from yarlung_pos.services.catalogue_csv import CatalogueFilesError, import_catalogue_files
        files = self.files()
        self.problems = []
        if not files:
            self._set_state(("nofiles",), error=True)
            return None
        missing = [p for p in files.values() if not p.is_file()]
        if missing:
            self._set_state(("missing", str(missing[0])), error=True)
            return None
        try:
            reports = import_catalogue_files(self.store, files, check_only=check_only)
        except CatalogueFilesError as exc:
            self.problems = list(exc.errors)
            self._set_state(("problems", len(self.problems)), error=True)
            return None
        counts = {kind: {"added": r.added, "updated": r.updated} for kind, r in reports.items()}
        self._set_state(("checked" if check_only else "imported", counts), error=False)
        return counts

    def _set_state(self, state: tuple, error: bool) -> None:
        self._state = (state, error)
        self._fill_table()
        self._say_state()

    def _say_state(self) -> None:
        if self._state is None:
            self.message.clear()
            return
        (what, *args), error = self._state
        if what == "nofiles":
            text = self.tr("Choose at least one file.")
        elif what == "missing":
            text = self.tr("There is no file {0}.").format(args[0])
        elif what == "problems":
            text = self.tr("Problems found: {0}. Nothing was imported; correct the files and check again.").format(
                args[0])
        else:
            counts = args[0]
            parts = [self.tr("{0}: {1} new, {2} changed").format(self.kind_labels[k].text(), c["added"], c["updated"])
                     for k, c in counts.items()]
            head = self.tr("No problems found; ready to import.") if what == "checked" else self.tr("Imported.")
            text = head + " " + "; ".join(parts)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.problems))
        for row, (path, err) in enumerate(self.problems):
            reason = describe(err.rule) if err.rule is not None else err.reason
            cells = (Path(path).name, str(err.line) if err.line > 0 else "", err.column, reason)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setToolTip(path)
                if col == 3:
                    item.setToolTip(reason)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(self.problems))
        if self.problems:
            self.table.resizeRowsToContents()
