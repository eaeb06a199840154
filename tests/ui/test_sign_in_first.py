"""The till of a hall that is set up starts on the sign-in screen before SQLAlchemy is loaded
(issue #13): the names come from a plain sqlite3 read, the store opens in a thread while the
person types, and the PIN is checked once it is there.  Real SQLite files, the real dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from yarlung_pos.db.sqlite_file import open_for_reading
from yarlung_pos.db.store import Store, set_setting
from yarlung_pos.services.read_only import sign_in_choices
from yarlung_pos.services.user_admin import add_user, set_active
from yarlung_pos.services.users import list_users
from yarlung_pos.ui.app import build_till, create_app, sign_in_first

from tests.conftest import FixedClock

CLOCK = FixedClock()


def hall_with_users(db):
    store = Store.open(db)
    admin = add_user(store, "tsering", "Tsering", "admin", "4826", actor=None, clock=CLOCK)
    add_user(store, "ama", "Ama Dolkar", "cashier", "1357", actor=admin, clock=CLOCK)
    add_user(store, "zhang", "张伟", "cashier", "2468", actor=admin, clock=CLOCK)
    add_user(store, "gone", "Pasang (left)", "cashier", "9999", actor=admin, clock=CLOCK)
    set_active(store, "gone", False, actor=admin, clock=CLOCK)
    store.close()
    return db


def on_the_screen(steps):
    """Run ``steps(dialog)`` once the modal sign-in screen is up."""
    def go():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "signInDialog":
            QTimer.singleShot(10, go)
            return
        steps(dialog)
    QTimer.singleShot(0, go)


def test_the_names_are_the_services_names(tmp_path):
    db = hall_with_users(tmp_path / "till.db")
    con = open_for_reading(db)
    try:
        set_up, users = sign_in_choices(con)
    finally:
        con.close()
    store = Store.open(db)
    try:
        assert set_up and users == [(u.username, u.name) for u in list_users(store)]
        assert "gone" not in {u for u, _ in users}
    finally:
        store.close()


def test_sign_in_with_a_wrong_then_the_right_pin_opens_the_till(qtbot, tmp_path):
    db = hall_with_users(tmp_path / "till.db")
    create_app()
    seen = {}

    def steps(dialog):
        seen["names"] = [dialog.users.itemData(i) for i in range(dialog.users.count())]
        dialog.users.setCurrentIndex(dialog.users.findData("ama"))
        QTest.keyClicks(dialog.pin, "1111")
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
        seen["wrong"] = dialog.message.text()
        QTest.keyClicks(dialog.pin, "1357")
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)

    on_the_screen(steps)
    user, store = sign_in_first(db)
    try:
        assert seen["names"] == ["ama", "tsering", "zhang"]  # by name, the one who left not offered
        assert seen["wrong"]  # told, and asked again
        assert user.username == "ama" and user.role == "cashier"
        window, store = build_till(db, signed_in=user, store=store)
        qtbot.addWidget(window)
        window.confirm_close = False
        assert window.service.user.username == "ama"
    finally:
        store.close()


def test_cancel_closes_the_store_it_opened(qtbot, tmp_path):
    db = hall_with_users(tmp_path / "till.db")
    create_app()
    on_the_screen(lambda dialog: dialog.reject())
    assert sign_in_first(db) == (None, None)


def test_the_other_roads_are_left_to_the_full_start(tmp_path):
    create_app()
    assert sign_in_first(tmp_path / "none.db") == (NotImplemented, None)  # no database: setup creates it
    assert not (tmp_path / "none.db").exists()
    Store.open(tmp_path / "new.db").close()  # a database, nobody set it up
    assert sign_in_first(tmp_path / "new.db") == (NotImplemented, None)
    store = Store.open(tmp_path / "done.db")
    with store.write() as s:
        set_setting(s, "setup_complete", "1")
    store.close()
    con = open_for_reading(tmp_path / "done.db")
    assert sign_in_choices(con) == (True, [])  # set up, everybody deactivated: still the sign-in screen
    con.close()
