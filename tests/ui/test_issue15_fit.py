"""Issue #15: what new users found on the till (sign-in, window sizes, Tibetan layout,
language switches, enrolment)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from yarlung_pos.services.audit import entries


def _wrong_pin_stays(qtbot, dialog, press) -> None:
    """A wrong PIN given by ``press`` (Enter or OK) shows "wrong PIN" and it stays."""
    dialog.users.setCurrentIndex(dialog.users.findData("dorje"))
    qtbot.keyClicks(dialog.pin, "0000")
    press()
    assert "wrong PIN" in dialog.message.text(), dialog.message.text()
    assert "Type your PIN" not in dialog.message.text()
    assert dialog.isVisible() and dialog.pin.text() == ""


def test_wrong_pin_on_the_lock_screen_says_so_with_enter_and_with_ok(qtbot, demo_till):
    till = demo_till
    till.lock()
    dialog = till.lock_dialog
    qtbot.waitExposed(dialog)
    before = len(entries(till.service.store, "login_failed"))
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.keyClick(dialog.pin, Qt.Key.Key_Return))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.mouseClick(ok, Qt.MouseButton.LeftButton))
    assert len(entries(till.service.store, "login_failed")) == before + 2   # once per try
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: till.lock_dialog is None)
    assert till.service.user.username == "dorje"


def test_wrong_pin_on_the_sign_in_screen_says_so(qtbot, demo_till):
    from yarlung_pos.ui.sign_in import SignInDialog
    dialog = SignInDialog(demo_till.service.store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.keyClick(dialog.pin, Qt.Key.Key_Return))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    _wrong_pin_stays(qtbot, dialog, lambda: qtbot.mouseClick(ok, Qt.MouseButton.LeftButton))
    signed = []
    dialog.signed_in.connect(signed.append)
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert [u.username for u in signed] == ["dorje"] and dialog.result_user.username == "dorje"
