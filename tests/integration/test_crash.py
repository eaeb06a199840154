"""A process killed with SIGKILL while completing a sale leaves the whole sale or nothing."""

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import load_small_catalogue

WORKER = Path(__file__).with_name("crash_worker.py")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture
def shop_db(store, tmp_path, db_path):
    load_small_catalogue(store, tmp_path)
    store.close()
    return db_path


def check_whole(db: Path) -> int:
    """Every stored sale has its 2 lines, 1 payment, 2 stock moves and 1 outbox event."""
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    sales = con.execute("select id, uuid from sales").fetchall()
    for sale_id, uuid in sales:
        assert con.execute("select count(*) from sale_lines where sale_id=?", (sale_id,)).fetchone() == (2,)
        assert con.execute("select count(*) from payments where sale_id=?", (sale_id,)).fetchone() == (1,)
        assert con.execute("select count(*) from stock_moves where source_ref=?", (uuid,)).fetchone() == (2,)
        assert con.execute("select count(*) from outbox where payload like ?", (f'%{uuid}%',)).fetchone() == (1,)
    assert con.execute("select count(*) from stock_moves where reason='sale'").fetchone() == (2 * len(sales),)
    assert con.execute("select count(*) from outbox").fetchone() == (len(sales),)
    con.close()
    return len(sales)


def run(db, mode):
    return subprocess.Popen([sys.executable, str(WORKER), str(db), mode], stdout=subprocess.PIPE, text=True)


def test_killed_inside_the_transaction_leaves_nothing(shop_db):
    proc = run(shop_db, "kill-before-commit")
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL and "not reached" not in out
    assert check_whole(shop_db) == 0
    # the database is usable afterwards and numbering starts at 1
    from yarlung_pos.db.store import Store
    store = Store.open(shop_db)
    try:
        with store.read() as s:
            from yarlung_pos.services.sales import last_sale
            assert last_sale(s) is None
    finally:
        store.close()


@pytest.mark.slow
def test_killed_at_random_moments_every_sale_is_whole(shop_db):
    rng = random.Random(20261129)
    confirmed: list[str] = []
    for _ in range(5):
        proc = run(shop_db, "loop")
        assert proc.stdout.readline().strip() == "started"
        # let a few sales through, then kill at a random moment mid-stream
        for _ in range(rng.randint(1, 5)):
            confirmed.append(proc.stdout.readline().strip())
        time.sleep(rng.random() * 0.05)
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=60)
        confirmed += [n for n in rest.split() if n]
        stored = check_whole(shop_db)
        # every sale the process saw committed is there (synchronous=FULL), none twice
        con = sqlite3.connect(shop_db)
        numbers = [r[0] for r in con.execute("select number from sales order by seq")]
        con.close()
        assert set(confirmed) <= set(numbers)
        assert len(numbers) == len(set(numbers)) == stored
        assert numbers == [f"T01-{i:06d}" for i in range(1, stored + 1)]
