"""Backups and restore (issue #14) on real SQLite files: online backups while the till sells,
the tiers on a folder, the backup before a migration, the second folder, a restore's
numbering."""

import json
import shutil
import sqlite3
import threading
from datetime import date, datetime, timedelta

import pytest

from tests.conftest import BEIJING, FixedClock
from tests.integration.helpers import load_small_catalogue
from tests.unit.test_backup_tiers import expected_keep, shift_closes
from yarlung_pos.config import Settings
from yarlung_pos.db import backup_file as bf
from yarlung_pos.db.store import Store
from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services import backup, numbering
from yarlung_pos.services.authority import ApprovalRequired
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.services.users import User

MANAGER = User(0, "dorje", "Dorje", "manager")
CASHIER = User(0, "padma", "Padma", "cashier")


class TickingClock(FixedClock):
    """A fake clock that moves on a second each time it is read (thread-safe enough for tests)."""

    def __call__(self):
        self.at = self.at + timedelta(seconds=1)
        return self.at


def cart_of(store):
    cart = Cart()
    with store.read() as s:
        cart.add(lookup_code(s, "WINE-001"))
        i = cart.add(lookup_code(s, "GRN-001"))
        cart.set_qty(i, "0.735")
    return cart


def sell(store, clock, n=1):
    cart = cart_of(store)
    return [complete_sale(store, cart, [Tender(PaymentMethod.CASH, 10000)], "padma", clock, actor=MANAGER)
            for _ in range(n)]


@pytest.fixture
def shop(tmp_path, clock):
    store = Store.open(tmp_path / "till.db")
    load_small_catalogue(store, tmp_path)
    yield store
    store.close()


def whole_sales_only(db) -> int:
    """Every sale in ``db`` is whole: lines and payments add up to its total, each has its stock
    moves and its outbox event; returns the number of sales."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sales = con.execute("SELECT id, uuid, total_fen, rounding_fen FROM sales").fetchall()
        for sid, uuid, total, rounding in sales:
            lines = con.execute("SELECT count(*), coalesce(sum(line_total_fen - discount_fen - order_discount_fen), 0) "
                                "FROM sale_lines WHERE sale_id = ?", (sid,)).fetchone()
            paid = con.execute("SELECT count(*), coalesce(sum(amount_fen - change_fen), 0) FROM payments "
                               "WHERE sale_id = ?", (sid,)).fetchone()
            moves = con.execute("SELECT count(*) FROM stock_moves WHERE source_ref = ?", (uuid,)).fetchone()[0]
            events = con.execute("SELECT count(*) FROM outbox WHERE kind = 'sale.completed' AND payload LIKE ?",
                                 (f"%{uuid}%",)).fetchone()[0]
            assert lines[0] > 0 and lines[1] + rounding == total, (sid, lines, total)
            assert paid[0] > 0 and paid[1] == total
            assert moves == lines[0] and events == 1
        return len(sales)
    finally:
        con.close()


def test_1000_sales_while_backups_run_in_another_thread(shop, tmp_path, clock):
    folder = tmp_path / "backups"
    done = threading.Event()
    made, errors = [], []
    bclock = TickingClock(clock.at)

    def backups():
        try:
            while not done.is_set() or not made:
                # every other one in steps of 8 pages: a snapshot held across steps while sales commit
                info = backup.make_backup(shop.path, folder, bclock, "daily", pages=8 if len(made) % 2 else -1)
                report = backup.verify_backup(info.path)  # integrity_check on each one made
                made.append((info, report))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    worker = threading.Thread(target=backups)
    worker.start()
    try:
        sold = sell(shop, clock, 1000)
    finally:
        done.set()
        worker.join(120)
    assert not errors, errors
    assert len(sold) == 1000 and len({s.number for s in sold}) == 1000
    assert whole_sales_only(shop.path) == 1000
    assert len(made) >= 2 and any(0 < r["sales"] < 1000 for _, r in made)  # taken while selling
    counts = [r["sales"] for _, r in made]
    assert counts == sorted(counts) and all(r["integrity"] == "ok" for _, r in made)
    # a backup taken mid-way, restored, holds whole sales only, as many as its manifest says
    info, report = made[len(made) // 2]
    if not info.path.exists():  # thinned since: take one still there
        info = backup.list_backups(folder)[-1]
        report = backup.verify_backup(info.path)
    target = tmp_path / "restored" / "till.db"
    target.parent.mkdir()
    backup.restore_backup(target, info.path, MANAGER, None, clock)
    assert whole_sales_only(target) == report["sales"]
    assert not any(p.name.startswith(bf.TMP_PREFIX) for p in folder.iterdir())


def test_a_backup_says_what_it_holds_and_is_named_by_terminal_and_time(shop, tmp_path, clock):
    sell(shop, clock, 3)
    with shop.write() as s:
        numbering.raise_floors(s, {"z": 4})
    info = backup.make_backup(shop.path, tmp_path / "b", clock, "shift_close")
    assert info.path.name == "yarlung-pos-T01-20261129T060500Z.db"  # 14:05 Beijing = 06:05 UTC
    j = info.to_json()
    assert j["created_at"] == "2026-11-29T14:05:00+08:00" and j["reason"] == "shift_close"
    assert j["last_receipt"] == "T01-000003" and j["receipt_seq"] == 3 and j["sales"] == 3 and j["z_seq"] == 4
    assert j["unacknowledged_events"] >= 3 and j["schema"] and j["size_bytes"] == info.path.stat().st_size
    again = backup.make_backup(shop.path, tmp_path / "b", clock, "manual")  # the same second
    assert again.path.name == "yarlung-pos-T01-20261129T060500Z-2.db"
    listed = backup.list_backups(tmp_path / "b")
    assert {b.path for b in listed} == {info.path, again.path} and listed[0].holds["reason"] in ("manual", "shift_close")
    # a file that is not a database (a damaged copy) is listed by its name, never breaks the list
    bad = tmp_path / "b" / "yarlung-pos-T01-20200101T000000Z.db"
    bad.write_bytes(b"not a database" * 100)
    listed = backup.list_backups(tmp_path / "b")
    assert listed[-1].path == bad and listed[-1].holds == {} and listed[-1].reason is None
    with pytest.raises(backup.BackupError, match="not a readable backup|damaged"):
        backup.verify_backup(bad)
    (tmp_path / "b" / ".tmp-1-abcd.db").write_bytes(b"half")
    assert len(backup.list_backups(tmp_path / "b")) == 3


def test_the_folder_keeps_exactly_the_tiered_set_over_400_days(shop, tmp_path):
    """A fake clock over 400 days of 2-3 shift closes: after each, the backup is made (here: its
    file, copied from one real backup, so the test stays quick) and the folder thinned."""
    folder = tmp_path / "tiers"
    folder.mkdir()
    real = backup.make_backup(shop.path, tmp_path / "one", FixedClock(), "manual").path
    every = []
    for at in shift_closes(date(2025, 10, 20), 400):
        every.append(at)
        shutil.copyfile(real, folder / f"yarlung-pos-T01-{bf.stamp(at)}.db")
        bf.prune(folder, "T01", at)
    (folder / "yarlung-pos-T02-20251020T000000Z.db").write_bytes(b"")  # another till's: left alone
    bf.prune(folder, "T01", every[-1])
    left = {bf.parse_name(p.name)[1] for p in bf.backup_files(folder) if p.name.startswith("yarlung-pos-T01-")}
    assert left == {t.astimezone(bf.UTC) for t in expected_keep(every, every[-1])}
    assert (folder / "yarlung-pos-T02-20251020T000000Z.db").exists()
    # and make_backup thins as it goes (the real thing, a few times)
    for k in range(12):
        at = every[-1] + timedelta(minutes=k + 1)
        every.append(at)
        backup.make_backup(shop.path, folder, FixedClock(at), "manual")
    left = {bf.parse_name(p.name)[1] for p in bf.backup_files(folder) if p.name.startswith("yarlung-pos-T01-")}
    assert left == {t.astimezone(bf.UTC) for t in expected_keep(every, every[-1])}
    assert len(backup.list_backups(folder)) == len(left) + 1


def test_backup_all_writes_both_folders_and_a_missing_stick_is_a_warning(shop, tmp_path, clock):
    stick = tmp_path / "usb"
    stick.mkdir()
    run = backup.backup_all(shop, Settings(backup_folder=str(stick)), clock, "shift_close")
    assert run.warning is None and [b.path.parent for b in run.backups] == [tmp_path / "backups", stick]
    shutil.rmtree(stick)
    run = backup.backup_all(shop.path, Settings(backup_folder=str(stick)), clock, "daily")
    assert len(run.backups) == 1 and "USB stick" in run.warning
    assert not backup.daily_backup_due(tmp_path / "backups", "T01", clock)
    assert backup.daily_backup_due(tmp_path / "backups", "T01", FixedClock(clock.at + timedelta(days=1)))


def test_restore_numbers_after_everything_the_till_used(shop, tmp_path, clock):
    sell(shop, clock, 2)
    old = backup.make_backup(shop.path, tmp_path / "backups", clock, "shift_close")
    later = sell(shop, clock, 3)
    assert later[-1].number == "T01-000005"
    with pytest.raises(ApprovalRequired):
        backup.restore_backup(shop.path, old.path, CASHIER, None, clock)
    shop.close()
    result = backup.restore_backup(shop.path, old.path, MANAGER, None, FixedClock(clock.at + timedelta(minutes=1)))
    assert result["holds"]["sales"] == 2 and result["replaced"]["sales"] == 5
    assert result["floors"] == {"receipt": 5, "shift": 0, "z": 0} and result["numbering_check_due"]
    safety = backup.verify_backup(result["safety_copy"])
    assert safety["reason"] == "before_restore" and safety["sales"] == 5
    assert not (shop.path.parent / "till.db-wal").exists() and not (shop.path.parent / "till.db-shm").exists()
    assert not [p for p in shop.path.parent.iterdir() if p.name.startswith(".restore-")]
    store = Store.open(shop.path, create=False)
    try:
        with store.read() as s:
            assert numbering.numbering_check_due(s)
            assert numbering.used_numbers(s)["receipt"] >= 5
            assert numbering.next_seq(s, "T01") == 6
            assert s.execute(bf_sql("SELECT count(*) FROM sales")).scalar() == 2
            entry = s.execute(bf_sql("SELECT user, details FROM audit_log WHERE action = 'restore'")).one()
            assert entry[0] == "dorje" and json.loads(entry[1])["backup"] == old.path.name
            assert s.execute(bf_sql(f"SELECT count(*) FROM sqlite_master WHERE name = '{bf.MANIFEST_TABLE}'")).scalar() == 0
        with pytest.raises(numbering.NumberingCheckDue):  # not enrolled: a manager confirms first
            sell(store, clock, 1)
        from yarlung_pos.services.numbering_check import confirm_numbering
        assert confirm_numbering(store, actor=MANAGER, clock=clock)["receipt"] == 5
        done = sell(store, clock, 1)[0]
        assert done.number == "T01-000006"  # never a number the county or a customer may hold
    finally:
        store.close()


def bf_sql(text):
    from sqlalchemy import text as t
    return t(text)


def test_restore_refuses_a_bad_backup_and_a_database_in_use(shop, tmp_path, clock):
    sell(shop, clock, 1)
    good = backup.make_backup(shop.path, tmp_path / "backups", clock, "manual")
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.path.read_bytes())
    data[4096 * 2:4096 * 2 + 3000] = b"\xff" * 3000
    damaged.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError):
        backup.restore_backup(shop.path, damaged, MANAGER, None, clock)
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE x (a)").connection.close()
    with pytest.raises(backup.BackupError, match="not a Yarlung POS backup"):
        backup.verify_backup(plain)
    with shop.read() as s:  # the till still has the database open (a reader mid-transaction)
        s.execute(bf_sql("SELECT count(*) FROM sales")).scalar()
        with pytest.raises(backup.BackupError, match="in use"):
            backup.restore_backup(shop.path, good.path, MANAGER, None, clock)
    assert whole_sales_only(shop.path) == 1


def test_a_migration_is_preceded_by_a_backup(tmp_path, clock):
    from tests.integration.test_startup_imports import database_at
    db = database_at(tmp_path / "old.db", "0004")
    Store.open(db).close()
    found = backup.list_backups(tmp_path / "backups")
    assert len(found) == 1 and found[0].reason == "migration" and found[0].holds["schema"] == ["0004"]
    assert backup.verify_backup(found[0].path)["schema"] == ["0004"]
    Store.open(db).close()  # at head now: no migration, no backup
    fresh = tmp_path / "new" / "till.db"
    Store.open(fresh).close()  # a new, empty database: nothing to back up
    assert len(backup.list_backups(tmp_path / "backups")) == 1 and not (fresh.parent / "backups").exists()
    restored = tmp_path / "r" / "till.db"
    restored.parent.mkdir()
    backup.restore_backup(restored, found[0].path, MANAGER, None, clock)  # an older schema is migrated
    store = Store.open(restored, create=False)
    store.close()


def test_a_cashier_restores_with_a_managers_approval_checked_against_the_database(shop, tmp_path, clock):
    from yarlung_pos.services import user_admin
    from yarlung_pos.services.users import AuthError
    admin = user_admin.add_user(shop, "lhamo", "Lhamo", "admin", "9753", actor=None, clock=clock)
    user_admin.add_user(shop, "dorje", "Dorje", "manager", "2468", actor=admin, clock=clock)
    cashier = user_admin.add_user(shop, "padma", "Padma", "cashier", "1111", actor=admin, clock=clock)
    sell(shop, clock, 1)
    made = backup.make_backup(shop.path, tmp_path / "backups", clock, "manual")
    shop.close()
    with pytest.raises(AuthError):
        backup.approve_restore(shop.path, made.path, "dorje", "0000", clock)
    with pytest.raises(ApprovalRequired):
        backup.approve_restore(shop.path, made.path, "padma", "1111", clock)
    approval = backup.approve_restore(shop.path, made.path, "dorje", "2468", clock)
    backup.restore_backup(shop.path, made.path, cashier, approval, clock)
    con = sqlite3.connect(shop.path)
    rows = con.execute("SELECT user, action, approved_by FROM audit_log WHERE action IN ('restore', 'approval')").fetchall()
    con.close()
    assert ("padma", "restore", "dorje") in rows and ("padma", "approval", "dorje") in rows
    # the database gone: the manager's PIN is checked against the backup's users
    shop.path.unlink()
    approval = backup.approve_restore(shop.path, made.path, "dorje", "2468", clock)
    result = backup.restore_backup(shop.path, made.path, approval.approver, approval, clock)
    assert result["safety_copy"] is None and result["replaced"] is None and whole_sales_only(shop.path) == 1
    assert [p.name for p in (tmp_path / "backups").iterdir() if p.name.startswith(".restore-")] == []


def test_another_tills_backup_is_refused(tmp_path, clock):
    """Two tills sharing a backup folder: T04 restoring T02's backup would number as T02 (two
    tills, one receipt number) — refused while this till's own database tells who it is."""
    from yarlung_pos.db.store import set_setting
    made = {}
    for code in ("T02", "T04"):
        store = Store.open(tmp_path / f"{code}.db")
        (tmp_path / code).mkdir()
        load_small_catalogue(store, tmp_path / code)
        with store.write() as s:
            set_setting(s, "terminal_code", code)
        sell(store, clock, 1)
        made[code] = backup.make_backup(store.path, tmp_path / "shared", clock, "manual")
        store.close()
    before = (tmp_path / "T04.db").read_bytes()
    with pytest.raises(backup.BackupError, match="backup of terminal T02, this till is T04"):
        backup.restore_backup(tmp_path / "T04.db", made["T02"].path, MANAGER, None, clock)
    assert (tmp_path / "T04.db").read_bytes() == before
    done = backup.restore_backup(tmp_path / "T04.db", made["T04"].path, MANAGER, None, clock)  # its own: fine
    assert done["holds"]["terminal"] == "T04"
