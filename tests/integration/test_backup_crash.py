"""SIGKILL during a backup and during a restore (issue #14): afterwards the till opens with
every committed sale, whole — the old database or the restored one, never a mix."""

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FixedClock
from tests.integration.test_backup import cart_of, sell, whole_sales_only
from tests.integration.helpers import load_small_catalogue
from yarlung_pos.db import backup_file as bf
from yarlung_pos.db.store import Store
from yarlung_pos.services import backup, numbering

HERE = Path(__file__).parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def worker(*args):
    return subprocess.Popen([sys.executable, str(HERE / "backup_worker.py"), *map(str, args)],
                            stdout=subprocess.PIPE, text=True)


def numbers(db) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT number FROM sales ORDER BY seq")]
    finally:
        con.close()


def grow(store, rows=6000):
    """Make the database a few MB (bulk products, as bench/run.py fills), so a backup takes a while."""
    from sqlalchemy import insert, select

    from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow
    with store.write() as s:
        cat = s.scalars(select(CategoryRow.id)).first()
        coop = s.scalars(select(CooperativeRow.id)).first()
        s.execute(insert(ProductRow), [
            dict(sku=f"FILL-{i:06d}", barcode=None, name_bo=f"བཀང་{i}", name_zh=f"填充{i}" * 8, name_en=f"Filler {i} " * 8,
                 category_id=cat, cooperative_id=coop, unit="piece", price_fen=100 + i, active=True,
                 search_text=f"fill {i} " * 10, updated_at="2026-11-29T00:00:00+00:00") for i in range(rows)])


def test_killed_during_a_backup(tmp_path, clock):
    db = tmp_path / "till.db"
    store = Store.open(db)
    load_small_catalogue(store, tmp_path)
    grow(store)
    sold = [s.number for s in sell(store, clock, 5)]
    folder = tmp_path / "backups"
    proc = worker("backup", db, folder)
    try:
        for _ in range(20):  # well into the copy
            assert proc.stdout.readline().startswith("step")
        sold += [s.number for s in sell(store, clock, 10)]  # the till sells meanwhile
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    store.close()
    assert numbers(db) == sold and whole_sales_only(db) == 15  # every committed sale, whole
    half = [p for p in folder.iterdir() if p.name.startswith(bf.TMP_PREFIX)]
    assert half and backup.list_backups(folder) == []  # no half backup is listed
    Store.open(db, create=False).close()  # the till opens
    made = backup.make_backup(db, folder, clock, "manual")  # the next backup cleans up
    assert [p.name for p in folder.iterdir()] == [made.path.name] and made.holds["sales"] == 15


def test_killed_during_a_restore_leaves_the_old_or_the_new_database(tmp_path, clock):
    base = tmp_path / "base"
    base.mkdir()
    db = base / "till.db"
    store = Store.open(db)
    load_small_catalogue(store, base)
    grow(store, 3000)
    sell(store, clock, 3)
    old_backup = backup.make_backup(db, tmp_path / "kept", clock, "manual").path
    store.close()
    # a till killed mid-stream: committed sales still in its WAL
    seller = subprocess.Popen([sys.executable, str(HERE / "crash_worker.py"), str(db), "loop"],
                              stdout=subprocess.PIPE, text=True)
    assert seller.stdout.readline().strip() == "started"
    seen = [seller.stdout.readline().strip() for _ in range(8)]
    seller.send_signal(signal.SIGKILL)
    rest, _ = seller.communicate(timeout=60)
    seen += rest.split()
    assert Path(f"{db}-wal").exists()
    probe = tmp_path / "probe"
    shutil.copytree(base, probe)
    old_numbers = numbers(probe / "till.db")
    new_numbers = numbers(old_backup)
    assert set(seen) <= set(old_numbers) and len(new_numbers) == 3 and old_numbers[:3] == new_numbers

    states = []
    for i, delay in enumerate((0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8)):
        run_dir = tmp_path / f"run{i}"
        shutil.copytree(base, run_dir)
        target = run_dir / "till.db"
        proc = worker("restore", target, old_backup)
        try:
            assert proc.stdout.readline().strip() == "ready"
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        now = numbers(target)
        assert now in (old_numbers, new_numbers), (delay, now)  # the old or the new, never a mix
        states.append("new" if now == new_numbers else "old")
        assert whole_sales_only(target) == len(now)
        store = Store.open(target, create=False)  # the till opens
        with store.read() as s:
            assert numbering.numbering_check_due(s) == (now == new_numbers)
        store.close()
    # once more to the end over the last killed one: it cleans up what the killed one left
    done = subprocess.run([sys.executable, str(HERE / "backup_worker.py"), "restore", str(target), str(old_backup)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert numbers(target) == new_numbers
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".restore-") or p.name.endswith("-wal")]
    store = Store.open(target, create=False)
    with store.read() as s:
        assert numbering.used_numbers(s)["receipt"] >= len(old_numbers)
    store.close()
    print("states after kills:", states)
