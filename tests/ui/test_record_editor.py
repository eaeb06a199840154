"""The back office's one record editor, driven by a field description: values in and out,
the key locked once a record exists, unsaved changes seen, a refused OK keeping what was
typed, and the same fields laid out as an editable table."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from yarlung_pos.domain.model import DomainError
from yarlung_pos.ui.backoffice import Field, FormDialog, RecordEditor
from yarlung_pos.ui.backoffice.editor import (CHECK, CHOICE, LINES, NOTE, SHOW, TALL, add_record, record_table,
                                              table_records)

FIELDS = [Field("code", "Code", "codeInput", key_field=True),
          Field("name_bo", "Tibetan", "boInput", TALL),
          Field("kind", "Kind", "kindCombo", CHOICE, choices=(("first", "a"), ("second", "b"))),
          Field("hint", "Only a hint", kind=NOTE),
          Field("share", "Share", "shareInput", placeholder="10", suffix="%"),
          Field("notes", "Notes", "notesInput", LINES),
          Field("shown", "Shown", "shownLabel", SHOW),
          Field("active", "Active", "activeCheck", CHECK)]


def test_values_in_and_out(qtbot):
    editor = RecordEditor(FIELDS, "testMessage")
    qtbot.addWidget(editor)
    assert isinstance(editor.widget("code"), QLineEdit) and isinstance(editor.widget("kind"), QComboBox)
    assert isinstance(editor.widget("notes"), QPlainTextEdit) and isinstance(editor.widget("shown"), QLabel)
    assert isinstance(editor.widget("active"), QCheckBox) and editor.widget("active").text() == "Active"
    assert editor.widget("share").placeholderText() == "10"
    assert editor.widget("name_bo").minimumHeight() >= 2 * editor.widget("code").fontMetrics().height()
    assert editor.findChild(QLabel, "testMessage") is editor.message
    assert "%" in [w.text() for w in editor.findChildren(QLabel)]
    editor.load({"code": "A1", "name_bo": "ཀ", "kind": "b", "share": "12.5", "notes": "two\nlines",
                 "shown": "read only", "active": True}, new=False)
    assert editor.values() == {"code": "A1", "name_bo": "ཀ", "kind": "b", "share": "12.5", "notes": "two\nlines",
                               "shown": "read only", "active": True}          # the hint has no value
    assert editor.widget("code").isReadOnly() and not editor.is_new and editor.key_text() == "A1"
    assert not editor.changed()
    editor.widget("share").setText("13")
    assert editor.changed()
    editor.widget("share").setText("12.5")
    assert not editor.changed()
    editor.set_values({"kind": "no such"})                                   # an unknown choice: the first
    assert editor.value("kind") == "a"
    editor.load({"code": "", "active": False}, new=True)
    assert not editor.widget("code").isReadOnly() and editor.is_new


def test_choices_are_refilled_keeping_the_chosen_one(qtbot):
    editor = RecordEditor(FIELDS, "testMessage")
    qtbot.addWidget(editor)
    editor.set_values({"kind": "b"})
    editor.set_choices("kind", [("B again", "b", "b"), ("C", "c", "c")])
    combo = editor.widget("kind")
    assert editor.value("kind") == "b" and combo.count() == 2
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "c"


def test_form_dialog_keeps_everything_when_refused(qtbot):
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def apply(values):
        seen.append(values)
        if values["share"] != "10":
            raise DomainError("the share is refused")

    dialog = FormDialog(parent, "shareDialog", "Share", "Save", "shareSaveButton", FIELDS[:5], apply)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widget("share").setText("abc")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.property("kind") == "error"
    assert dialog.message.text() == "the share is refused"
    assert dialog.findChild(QLabel, "shareDialogMessage") is dialog.message
    assert dialog.widget("share").text() == "abc" and seen[-1]["share"] == "abc"
    assert not dialog.ok_button.autoDefault()                   # Enter belongs to the fields
    dialog.widget("share").setText("10")
    assert dialog.apply() is True and not dialog.isVisible()


def test_the_same_fields_as_a_table(qtbot):
    fields = FIELDS[:2]
    table = record_table("recordTable", fields)
    qtbot.addWidget(table)
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["Code", "Tibetan"]
    add_record(table, fields, ["A1", "ཀ"], existing=True)
    add_record(table, fields, [" B2 ", "ཁ"])
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable           # a stored key stays
    assert table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.item(1, 0).flags() & Qt.ItemFlag.ItemIsEditable                # a new one is typed
    assert table_records(table, fields) == [["A1", "ཀ"], ["B2", "ཁ"]]
