"""Sell, back up, sell 3 more (synced), restore the backup (issue #14): the till asks the
county server for its numbers before it sells again, so the next receipt comes after those 3,
and the county holds every sale once (the restored till's unsent events are duplicates)."""

from __future__ import annotations

import os

import pytest

from yarlung_pos.db.store import Store
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services import backup
from yarlung_pos.services.numbering import NumberingCheckDue, numbering_check_due, used_numbers
from yarlung_pos.sync import client

from tests.conftest import FixedClock
from tests.support.selling import sell_wine

from ..support.people import MANAGER
from .conftest import DEMO, cli_json, query

CLOCK = FixedClock()


def sell(store, n=1):
    return sell_wine(store, CLOCK, n)


def test_a_restored_till_numbers_on_after_what_the_county_holds(srv, tmp_path):
    code = "T71"
    db = tmp_path / "till.db"
    store = Store.open(db)
    load_demo(store, CLOCK, DEMO)
    client.enrol(store, srv.url, cli_json(srv.db_url, "terminal", "add", code)["enrolment_code"])
    first = sell(store)
    client.sync_now(store, clock=CLOCK)
    made = backup.make_backup(db, tmp_path / "backups", CLOCK, "manual")  # the backup
    later = sell(store, 3)
    assert client.sync_now(store, clock=CLOCK).waiting == 0   # the county has all 4
    store.close()
    db.write_bytes(b"\x00" * 8192)                            # the disk died: the till's own numbers are gone
    for tail in ("-wal", "-shm"):
        if os.path.exists(f"{db}{tail}"):
            os.remove(f"{db}{tail}")
    result = backup.restore_backup(db, made.path, MANAGER, None, CLOCK)
    assert result["numbering_check_due"] and result["floors"]["receipt"] == 1  # all the backup knows
    store = Store.open(db)
    try:
        with pytest.raises(NumberingCheckDue):
            sell(store)
        client.sync_now(store, clock=CLOCK)                   # asks the county for its numbers first
        with store.read() as s:
            assert not numbering_check_due(s) and used_numbers(s)["receipt"] == 4
        (after,) = sell(store)
        assert after.number == f"{code}-000005"
        assert client.sync_now(store, clock=CLOCK).waiting == 0
    finally:
        store.close()
    numbers = [r[0] for r in query(srv.db_url, "SELECT number FROM sales WHERE terminal_code = :t ORDER BY number",
                                   t=code)]
    assert numbers == [s.number for s in first + later] + [f"{code}-000005"]  # each once


def test_numbers_need_a_terminal_token(srv):
    import httpx
    r = httpx.get(f"{srv.url}/api/v1/numbers", timeout=10)
    assert r.status_code == 401
    r = httpx.get(f"{srv.url}/api/v1/numbers", headers={"Authorization": f"Bearer {srv.admin}"}, timeout=10)
    assert r.status_code in (401, 403) and "detail" in r.json()
    r = httpx.get(f"{srv.url}/api/v1/numbers", headers={"Authorization": "Bearer nonsense"}, timeout=10)
    assert r.status_code == 401
