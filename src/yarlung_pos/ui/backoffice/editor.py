"""The one record editor of the back office, driven by a field description.

A record is a ``dict`` of values keyed by :attr:`Field.key`.  :class:`RecordEditor` lays
one record out as a form (product, cooperative, the Stock tab's small dialogs through
:class:`FormDialog`); :func:`record_table` and friends lay many records out as the rows of
an editable table (categories).  Both take the same list of :class:`Field`; the owner
builds it with its own ``self.tr()`` labels, so the editor holds no text of its own.

A refused save never loses what was typed: the editor only changes its inputs when told to
(:meth:`RecordEditor.load`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from yarlung_pos.domain.model import DomainError
from yarlung_pos.ui.backoffice.common import (GREY, Message, cooperative_combo, fill_combo, make_table,
                                              no_default_buttons, tall_input)
from yarlung_pos.ui.messages import describe
from yarlung_pos.ui.widgets import grow_to_fit

#: what a field's input is (:attr:`Field.kind`)
TEXT, TALL, CHOICE, CHECK, LINES, SHOW, NOTE = "text", "tall", "choice", "check", "lines", "show", "note"
_KEY_STYLE = 'QLineEdit[readOnly="true"] { background: palette(window); }'


@dataclass(frozen=True)
class Field:
    """One value of a record and how it is typed in.

    ``kind``: ``text`` (a line edit), ``tall`` (a line edit tall enough for Tibetan),
    ``choice`` (a combo box; its value is the chosen item's data), ``check`` (a check box
    labelled ``label``; its value is a ``bool``), ``lines`` (a plain-text box ``lines``
    text lines high), ``show`` (a read-only label), ``note`` (a grey hint ``label`` under the
    field before it; it has no value).  ``key_field``: the record's key (SKU, code), read-only
    once the record exists.  ``choices``: fixed ``(text, data)`` items of a choice;
    ``min_chars``: a choice's minimum width in characters (cooperative names are long).
    ``suffix`` is shown after the input (``%``)."""

    key: str
    label: str = ""
    name: str = ""
    kind: str = TEXT
    placeholder: str = ""
    suffix: str = ""
    key_field: bool = False
    choices: tuple[tuple[str, object], ...] = ()
    min_chars: int | None = None
    lines: float = 4.5


def _make_input(f: Field, owner: QWidget) -> QWidget:
    if f.kind == TALL:
        widget = tall_input(f.name)
    elif f.kind == CHOICE:
        widget = cooperative_combo(f.name, f.min_chars) if f.min_chars else QComboBox(objectName=f.name)
        for text, data in f.choices:
            widget.addItem(text, data)
    elif f.kind == CHECK:
        widget = QCheckBox(f.label, objectName=f.name)
    elif f.kind == LINES:
        widget = QPlainTextEdit(objectName=f.name)
        widget.setMaximumHeight(int(owner.fontMetrics().height() * f.lines))
    elif f.kind in (SHOW, NOTE):
        if f.kind == NOTE:  # a note wraps within its column and keeps the height it needs (issue #15)
            from yarlung_pos.ui.widgets import WrappingLabel
            widget = WrappingLabel(f.label, objectName=f.name)
            widget.setStyleSheet(f"color: {GREY};")
        else:
            widget = QLabel("", objectName=f.name)
    else:
        widget = QLineEdit(objectName=f.name)
    if f.key_field and isinstance(widget, QLineEdit):
        widget.setStyleSheet(_KEY_STYLE)
    if f.placeholder:
        widget.setPlaceholderText(f.placeholder)
    return widget


class RecordEditor(QWidget):
    """One record as a form of ``fields``, then the message line (object name
    ``message_name``) and a row of buttons (:meth:`set_buttons`).  ``stretch`` puts the
    free room between the form and the message (an editor beside a list).

    :meth:`load` shows a record and remembers it; :meth:`changed` tells whether the inputs
    differ from it since."""

    def __init__(self, fields: Sequence[Field], message_name: str, stretch: bool = False, parent=None):
        super().__init__(parent)
        self.fields = list(fields)
        self.inputs: dict[str, QWidget] = {}
        self.is_new = False
        self._loaded: tuple | None = None
        self.form = QFormLayout()
        for f in self.fields:
            widget = self.inputs[f.key] = _make_input(f, self)
            row = widget
            if f.suffix:
                row = QHBoxLayout()
                row.addWidget(widget)
                row.addWidget(QLabel(f.suffix))
                row.addStretch(1)
            self.form.addRow("" if f.kind in (CHECK, NOTE) else f.label, row)
        self.message = Message(message_name)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        if stretch:
            layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)

    def set_buttons(self, buttons: Sequence[QWidget | None]) -> None:
        """Put ``buttons`` in the button row, left to right; ``None`` is the free room."""
        for button in buttons:
            if button is None:
                self.buttons.addStretch(1)
            else:
                self.buttons.addWidget(button)

    def relabel(self, fields: Sequence[Field]) -> None:
        """Show the texts of ``fields`` — the same fields in the same order, built again by
        the owner in a new language: labels, suffixes, hints, placeholders and the texts of
        fixed choices.  Values are left as they are."""
        for row, f in enumerate(fields):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText("" if f.kind in (CHECK, NOTE) else f.label)
            widget = self.inputs[f.key]
            if f.suffix:
                box = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).layout()
                box.itemAt(1).widget().setText(f.suffix)
            if f.kind in (NOTE, CHECK):
                widget.setText(f.label)
            elif f.kind == CHOICE:
                for i, (text, _data) in enumerate(f.choices):
                    widget.setItemText(i, text)
            if f.placeholder and hasattr(widget, "setPlaceholderText"):
                widget.setPlaceholderText(f.placeholder)
        self.fields = list(fields)

    # ------------------------------------------------------------------ values
    def widget(self, key: str) -> QWidget:
        """The input of field ``key``."""
        return self.inputs[key]

    def value(self, key: str):
        """What field ``key`` holds: text as typed (not stripped), a choice's data, a check's
        ``bool``."""
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def values(self) -> dict[str, object]:
        """Every field's :meth:`value` by key (hints left out)."""
        return {f.key: self.value(f.key) for f in self.fields if f.kind != NOTE}

    def set_values(self, values: Mapping[str, object]) -> None:
        """Show ``values`` (keys not given are left alone); a choice not among the items
        shows the first item."""
        for key, value in values.items():
            widget = self.inputs[key]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            else:
                widget.setText(str(value))

    def set_choices(self, key: str, entries: list[tuple[str, object, str]]) -> None:
        """Refill choice ``key`` with ``(text, data, tooltip)`` entries, keeping the chosen one."""
        fill_combo(self.inputs[key], entries)

    # ------------------------------------------------------------------ the record shown
    def load(self, values: Mapping[str, object], new: bool) -> None:
        """Show a record (``new``: one not stored yet, whose key may be typed) and remember
        it as saved."""
        self.is_new = new
        self.set_values(values)
        for f in self.fields:
            if f.key_field:
                self.inputs[f.key].setReadOnly(not new)
        self._loaded = self._snapshot()

    def _snapshot(self) -> tuple:
        return tuple(self.values().values())

    def changed(self) -> bool:
        """True when the inputs differ from the record last loaded."""
        return self._loaded is not None and self._snapshot() != self._loaded

    def key_text(self) -> str:
        """The key field's text as typed (``""`` without a key field)."""
        return next((self.inputs[f.key].text() for f in self.fields if f.key_field), "")


class FormDialog(QDialog):
    """A small form of ``fields`` with OK/Close: OK calls ``apply(values)`` (the
    :meth:`RecordEditor.values`); if it raises a ``DomainError``, ``ValueError`` or
    ``OSError``, the reason shows in red and the dialog stays open with everything as typed."""

    def __init__(self, parent: QWidget, name: str, title: str, ok_text: str, ok_name: str,
                 fields: Sequence[Field], apply: Callable[[dict[str, object]], None]):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._apply = apply
        self.editor = RecordEditor(fields, name + "Message")
        self.message = self.editor.message
        self.ok_button = QPushButton(ok_text, objectName=ok_name)
        self.ok_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.editor.set_buttons([None, self.ok_button, close])
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)

    def widget(self, key: str) -> QWidget:
        """The input of field ``key``."""
        return self.editor.widget(key)

    def apply(self) -> bool:
        """Run the action; True (and the dialog closes) when it was done."""
        try:
            self._apply(self.editor.values())
        except (DomainError, ValueError, OSError) as exc:
            self.message.say(describe(exc), "error")
            grow_to_fit(self)
            return False
        self.accept()
        return True

    def showEvent(self, event):  # noqa: N802 (Qt API)
        no_default_buttons(self)
        super().showEvent(event)
        grow_to_fit(self)


# ====================================================================== many records: a table


def record_table(name: str, fields: Sequence[Field]) -> QTableWidget:
    """An editable table named ``name`` with a column per field (headed by its label), a row
    per record."""
    table = make_table(name, [f.label for f in fields], stretch=None)
    table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    return table


def add_record(table: QTableWidget, fields: Sequence[Field], values: Sequence[str], existing: bool = False) -> None:
    """Append a row showing ``values`` (one text per field); the key fields of an
    ``existing`` record cannot be edited (other records refer to them)."""
    row = table.rowCount()
    table.insertRow(row)
    for col, (f, value) in enumerate(zip(fields, values)):
        item = QTableWidgetItem(value)
        if f.key_field and existing:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, col, item)


def table_records(table: QTableWidget, fields: Sequence[Field]) -> list[list[str]]:
    """Every row's texts as typed (stripped), one per field."""
    return [[(table.item(r, c).text() if table.item(r, c) else "").strip() for c in range(len(fields))]
            for r in range(table.rowCount())]
