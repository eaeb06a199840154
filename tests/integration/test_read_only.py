"""``sync status`` and ``stock level`` read with plain sqlite3 (issue #13's 0.5 s); these tests
hold them to the answers of the SQLAlchemy services on the same databases, and check the
first-user roads of a read-only command: a new till, an enrolled one with events set aside,
a database of an older schema, no database, a damaged one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, update

from yarlung_pos.db.engine import MIGRATIONS_DIR, current_revisions, head_revisions, make_engine
from yarlung_pos.db.schema import OutboxRow
from yarlung_pos.db.sqlite_file import open_for_reading
from yarlung_pos.db.store import Store, get_setting, set_setting
from yarlung_pos.domain.stock_levels import InventoryError
from yarlung_pos.services import inventory, read_only
from yarlung_pos.services.demo import load_demo
from yarlung_pos.services.numbering import terminal_code
from yarlung_pos.sync import client

from tests.conftest import FixedClock

CLOCK = FixedClock()  # 2026-11-29 14:05 Beijing time


def orm_sync_status(store: Store) -> dict:
    """What ``sync status`` printed before it read with sqlite3 (the services' answer)."""
    config = client.load_config(store)
    with store.read() as s:
        last, code = get_setting(s, "last_sync_at"), terminal_code(s)
    return {"enrolled": config is not None, "server": config.server_url if config else None, "terminal": code,
            "waiting": client.pending_count(store), "rejected": len(client.rejected_events(store)),
            "last_sync_at": last}


def both(store: Store, sku=None, only=None):
    with store.read() as s:
        orm = inventory.stock_report(s, sku, only)
    con = open_for_reading(store.path)
    try:
        return orm, read_only.stock_report(con, sku, only), orm_sync_status(store), read_only.sync_status(con)
    finally:
        con.close()


def run_cli(*argv):
    r = subprocess.run([sys.executable, "-m", "yarlung_pos", *argv], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return r.returncode, r.stdout, r.stderr


def test_a_new_empty_till_reads_alike(tmp_path):
    store = Store.open(tmp_path / "new.db")
    try:
        orm, quick, orm_status, quick_status = both(store)
        assert orm == quick == []
        assert quick_status == orm_status == {"enrolled": False, "server": None, "terminal": "T01", "waiting": 0,
                                              "rejected": 0, "last_sync_at": None}
    finally:
        store.close()


def test_the_demo_with_moves_of_every_kind_reads_alike(tmp_path):
    store = Store.open(tmp_path / "demo.db")
    try:
        load_demo(store, CLOCK)
        inventory.adjust_stock(store, "WINE-001", "-3", "damaged", clock=CLOCK)
        inventory.adjust_stock(store, "OIL-001", "-500", "correction", clock=CLOCK)  # below zero
        inventory.set_low_stock_threshold(store, "WINE-001", "1000")
        with store.read() as s:
            weighed = [p for p in inventory.stock_report(s) if p.unit == "kg"]
        assert weighed  # a weighed product (three decimals) is among them
        inventory.adjust_stock(store, weighed[0].sku, "0.735", "correction", clock=CLOCK)
        for only in (None, "low", "negative"):
            orm, quick, *_ = both(store, only=only)
            assert quick == orm and quick, only
        orm, quick, *_ = both(store, sku=" wine-001 ")
        assert quick == orm and len(quick) == 1 and quick[0].level == orm[0].level
        assert str(both(store, sku=weighed[0].sku)[1][0].level).endswith(".735")
        with pytest.raises(InventoryError, match="unknown SKU NOPE"):
            con = open_for_reading(store.path)
            try:
                read_only.stock_report(con, "NOPE")
            finally:
                con.close()
        with pytest.raises(InventoryError, match="unknown SKU NOPE"), store.read() as s:
            inventory.stock_report(s, "NOPE")
    finally:
        store.close()


def test_an_enrolled_till_with_events_set_aside_reads_alike(tmp_path):
    store = Store.open(tmp_path / "t.db")
    try:
        load_demo(store, CLOCK)
        for qty in ("-1", "-2", "-3", "1"):
            inventory.adjust_stock(store, "WINE-001", qty, "damaged", clock=CLOCK)
        with store.write() as s:
            for key, value in (("sync_server_url", "https://county.example:8443"), ("sync_token", "secret"),
                               ("terminal_code", "T07"), ("last_sync_at", "2026-11-20T03:59:00+00:00")):
                set_setting(s, key, value)
            seqs = list(s.scalars(select(OutboxRow.seq).order_by(OutboxRow.seq)))
            assert len(seqs) >= 3
            s.execute(update(OutboxRow).where(OutboxRow.seq == seqs[0]).values(sent_at="2026-11-20T03:59:00+00:00"))
            s.execute(update(OutboxRow).where(OutboxRow.seq == seqs[1]).values(rejected_reason="too large"))
        *_, orm_status, quick_status = both(store)
        assert quick_status == orm_status
        assert quick_status["enrolled"] and quick_status["terminal"] == "T07" and quick_status["rejected"] == 1
        assert quick_status["waiting"] == len(seqs) - 2
        with store.write() as s:  # a URL without a token is not an enrolment
            set_setting(s, "sync_token", "")
        *_, orm_status, quick_status = both(store)
        assert quick_status == orm_status and quick_status["server"] is None and not quick_status["enrolled"]
    finally:
        store.close()


def test_the_commands_print_the_services_answers(tmp_path):
    db = tmp_path / "demo.db"
    store = Store.open(db)
    try:
        load_demo(store, CLOCK)
        expected_status = orm_sync_status(store)
        with store.read() as s:
            expected_low = inventory.stock_report(s, only="low")
    finally:
        store.close()
    code, out, err = run_cli("sync", "status", "--json", "--db", str(db))
    assert code == 0, err
    assert json.loads(out) == expected_status
    code, out, err = run_cli("stock", "level", "--low", "--json", "--db", str(db))
    assert code == 0, err
    assert [(r["sku"], Decimal(r["level"])) for r in json.loads(out)] == [(r.sku, r.level) for r in expected_low]
    code, out, err = run_cli("stock", "level", "NOPE", "--db", str(db))
    assert code == 1 and out == "" and err.strip() == "yarlung-pos: unknown SKU NOPE"


def test_an_older_schema_is_migrated_then_read(tmp_path):
    db = tmp_path / "old.db"
    engine = make_engine(db)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    engine.dispose()
    assert open_for_reading(db) is None  # not the newest schema: not read as it is
    code, out, err = run_cli("sync", "status", "--json", "--db", str(db))
    assert code == 0, err
    assert json.loads(out)["terminal"] == "T01"
    engine = make_engine(db)
    assert current_revisions(engine) == head_revisions()
    engine.dispose()


def test_no_database_or_a_damaged_one_is_one_clear_line(tmp_path):
    missing = tmp_path / "nope.db"
    code, out, err = run_cli("stock", "level", "--db", str(missing))
    assert code == 1 and "there is no database at" in err and "Traceback" not in err
    assert not missing.exists()  # a read never creates a database
    damaged = tmp_path / "bad.db"
    damaged.write_bytes(b"this is not a database" * 100)
    code, out, err = run_cli("sync", "status", "--db", str(damaged))
    assert code == 1 and "cannot be read" in err and "Traceback" not in err
