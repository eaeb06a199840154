"""The Backups tab and the till's automatic backups (issue #14) on a real demo database:
the list and what each backup holds, Back up now (the second folder missing is a warning),
Check the file, Restore through the till's handler (a manager's approval; the database
swapped), then the numbering a manager confirms before the till sells again; the backup
worker after a shift close and the status bar's warning."""

from __future__ import annotations

import pytest

from yarlung_pos.services import backup
from yarlung_pos.services.backup_worker import BackupWorker
from yarlung_pos.services.numbering import NumberingCheckDue
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice import BackOfficeWindow

from tests.support.selling import sell_wine


def sell(store, clock, n=1):
    return sell_wine(store, clock, n)


@pytest.fixture
def office(qtbot, demo_till):
    made = []

    def open_office(handler=None):
        window = BackOfficeWindow(demo_till.service, demo_till, restore_handler=handler)
        window.confirm_close = False
        qtbot.addWidget(window)
        window.show()
        window.show_tab(window.backups_tab)
        made.append(window)
        return window.backups_tab
    yield open_office


def test_the_list_back_up_now_and_a_missing_usb_stick(qtbot, demo_till, office, tmp_path, clock):
    store = demo_till.service.store
    sell(store, clock, 2)
    backup.make_backup(store.path, backup.data_backup_folder(store.path), clock, "shift_close")
    tab = office()
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, c).text() for c in (1, 2, 3)] == ["shift closed", "T01-000002", "2"]
    assert not tab.numbering.isVisible()
    demo_till.service.settings.backup_folder = str(tmp_path / "no-stick")
    with qtbot.waitSignal(tab.backup_finished, timeout=60000):
        assert tab.back_up_now()
    assert tab.last_error is None and tab.table.rowCount() == 2
    assert tab.message.property("kind") == "warn" and "USB" in tab.message.text()
    (tmp_path / "stick").mkdir()
    demo_till.service.settings.backup_folder = str(tmp_path / "stick")
    with qtbot.waitSignal(tab.backup_finished, timeout=60000):
        tab.back_up_now()
    assert tab.message.property("kind") == "ok" and len(backup.list_backups(tmp_path / "stick")) == 1
    tab.select(0)
    assert tab.verify_selected()["integrity"] == "ok" and "whole" in tab.message.text()


def test_a_damaged_backup_is_told_not_used(demo_till, office, clock):
    store = demo_till.service.store
    made = backup.make_backup(store.path, backup.data_backup_folder(store.path), clock, "manual")
    data = bytearray(made.path.read_bytes())
    data[8192:11000] = b"\xff" * 2808
    made.path.write_bytes(bytes(data))
    tab = office()
    tab.select(0)
    assert tab.verify_selected() is None and tab.message.property("kind") == "error"
    tab.restore_handler = lambda path, approval: pytest.fail("a damaged backup must not reach the restore")
    assert tab.restore_selected() is None


def test_restore_then_a_manager_confirms_the_numbering(qtbot, demo_till, office, clock):
    service = demo_till.service
    store = service.store
    sell(store, clock, 1)
    backup.make_backup(store.path, backup.data_backup_folder(store.path), clock, "manual")
    sell(store, clock, 3)  # T01-000002 … 4 after the backup
    seen = {}

    def till_restores(path, approval):  # what the running till does (ui/app.run_till): close, swap, end
        store.close()
        seen["result"] = backup.restore_backup(store.path, path, service.user, approval, clock)
        return seen["result"]

    tab = office(till_restores)
    oldest = next(i for i, b in enumerate(tab.backups) if b.reason == "manual")
    tab.select(oldest)
    assert tab.restore_selected() is None and "approval" in tab.message.text()  # padma is a cashier
    approval = service.approve("dorje", "2222", "restore")
    assert tab.restore_selected(approval)["numbering_check_due"]
    assert seen["result"]["floors"]["receipt"] == 4 and seen["result"]["holds"]["sales"] == 1

    restored = TillService(store, "Padma", clock, settings=service.settings, user=service.user)
    with pytest.raises(NumberingCheckDue):
        sell(store, clock, 1)
    window = BackOfficeWindow(restored, None)
    qtbot.addWidget(window)
    window.show()
    window.show_tab(window.backups_tab)
    tab = window.backups_tab
    assert tab.numbering.isVisible()
    assert [tab.floor_inputs[k].text() for k in ("receipt", "shift", "z")] == ["4", "1", "0"]
    tab.floor_inputs["receipt"].setText("3")
    assert tab.confirm_numbering(restored.approve("dorje", "2222", "restore")) is None
    assert "already used receipt number 4" in tab.numbering_message.text()
    assert tab.confirm_numbering() is None and tab.numbering.isVisible()  # a cashier alone may not
    tab.floor_inputs["receipt"].setText("6")
    assert tab.confirm_numbering(restored.approve("dorje", "2222", "restore")) == {"receipt": 6, "shift": 1, "z": 0}
    assert not tab.numbering.isVisible()
    assert sell(store, clock, 1)[0].number == "T01-000007"


def test_every_shift_close_backs_up_and_the_status_bar_says_so(qtbot, demo_till, tmp_path, clock):
    service = demo_till.service
    worker = BackupWorker(service.store, lambda: service.settings, clock)
    demo_till.attach_backup_worker(worker)
    statuses = []
    demo_till.backup_status_changed.connect(statuses.append)
    service.settings.backup_folder = str(tmp_path / "no-stick")
    service.close_shift({10000: 2})  # the demo's float, counted
    reason = worker._requests.get_nowait()
    assert reason == "shift_close"
    with qtbot.waitSignal(demo_till.backup_status_changed, timeout=60000):
        status = worker.run_once(reason)
    assert status.error is None and status.second_folder_missing == str(tmp_path / "no-stick")
    made = backup.list_backups(backup.data_backup_folder(service.store.path))
    assert [b.reason for b in made] == ["shift_close"] and made[0].holds["last_z"] == "Z-T01-000001"
    label = demo_till.backup_status
    assert label.isVisible() and "USB" in label.text() and str(tmp_path / "no-stick") in label.toolTip()
    assert not worker.daily_due()  # today's backup is there
