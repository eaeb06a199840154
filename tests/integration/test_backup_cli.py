"""``yarlung-pos backup list|now|verify|restore`` as a script would use them (real processes)."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.integration.test_backup import MANAGER, sell
from tests.integration.helpers import load_small_catalogue
from yarlung_pos.db.store import Store
from yarlung_pos.services import user_admin


def cli(db, *args, stdin="", config=None):
    cmd = [sys.executable, "-m", "yarlung_pos", "--db", str(db)]
    if config is not None:
        cmd += ["--config", str(config)]
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture
def till(tmp_path, clock):
    db = tmp_path / "till.db"
    store = Store.open(db)
    load_small_catalogue(store, tmp_path)
    admin = user_admin.add_user(store, "lhamo", "Lhamo", "admin", "9753", actor=None, clock=clock)
    user_admin.add_user(store, "dorje", "Dorje", "manager", "2468", actor=admin, clock=clock)
    user_admin.add_user(store, "padma", "Padma", "cashier", "1111", actor=admin, clock=clock)
    sell(store, clock, 2)
    store.close()
    return db


def test_now_list_verify_and_restore_with_a_manager(till, tmp_path, clock):
    stick = tmp_path / "usb"
    stick.mkdir()
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[backup]\nfolder = {stick}\n", encoding="utf-8")
    r = cli(till, "backup", "now", "--json", config=ini)
    assert r.returncode == 0, r.stderr
    made = json.loads(r.stdout)
    assert made["warning"] is None and len(made["backups"]) == 2
    first = made["backups"][0]
    assert first["file"].startswith(str(tmp_path / "backups")) and made["backups"][1]["file"].startswith(str(stick))
    assert first["reason"] == "manual" and first["sales"] == 2 and first["last_receipt"] == "T01-000002"

    shutil.rmtree(stick)  # the stick is pulled out: a warning, the data folder's backup still made
    r = cli(till, "backup", "now", "--json", config=ini)
    assert r.returncode == 0 and "warning" in r.stderr and len(json.loads(r.stdout)["backups"]) == 1
    assert "USB stick" in json.loads(r.stdout)["warning"]

    r = cli(till, "backup", "list", "--json")
    listed = json.loads(r.stdout)
    assert r.returncode == 0 and listed["folder"] == str(tmp_path / "backups") and len(listed["backups"]) == 2
    r = cli(till, "backup", "list")
    assert r.returncode == 0 and "T01-000002" in r.stdout and "manual" in r.stdout

    r = cli(till, "backup", "verify", first["file"], "--json")
    assert r.returncode == 0, r.stderr
    v = json.loads(r.stdout)
    assert v["integrity"] == "ok" and v["sales"] == 2 and v["schema"]

    store = Store.open(till)
    sell(store, clock, 3)  # T01-000003 … 5 after the backup
    store.close()

    r = cli(till, "backup", "restore", first["file"], "--by", "padma", "--pin-stdin", "--json", stdin="1111\n")
    assert r.returncode == 1 and "cannot approve restoring a backup" in r.stderr and json.loads(r.stdout)["error"]
    r = cli(till, "backup", "restore", first["file"], "--by", "dorje", "--pin-stdin", "--json", stdin="0000\n")
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    r = cli(till, "backup", "restore", first["file"], "--by", "dorje", "--json")  # no PIN on a pipe
    assert r.returncode == 1 and "--pin-stdin" in r.stderr
    r = cli(till, "backup", "restore", first["file"], "--pin-stdin", "--json", stdin="2468\n")
    assert r.returncode == 2 and "--by" in r.stderr
    store = Store.open(till)
    from yarlung_pos.db.schema import SaleRow
    with store.read() as s:
        assert s.query(SaleRow).count() == 5  # nothing restored by the refused attempts
    store.close()

    r = cli(till, "backup", "restore", first["file"], "--by", "dorje", "--pin-stdin", "--json", stdin="2468\n")
    assert r.returncode == 0, r.stderr
    done = json.loads(r.stdout)
    assert done["numbering_check_due"] is True and done["floors"]["receipt"] == 5
    assert done["holds"]["sales"] == 2 and done["replaced"]["sales"] == 5
    r = cli(till, "backup", "verify", done["safety_copy"], "--json")
    assert json.loads(r.stdout)["reason"] == "before_restore" and json.loads(r.stdout)["sales"] == 5
    r = cli(till, "audit", "--action", "restore", "--json")
    assert [e["user"] for e in json.loads(r.stdout)["entries"]] == ["dorje"]

    # not enrolled: the till sells again once a manager confirms the numbering it shows
    r = cli(till, "backup", "confirm-numbering", "--by", "padma", "--pin-stdin", "--json", stdin="1111\n")
    assert r.returncode == 1 and "cannot approve" in r.stderr
    r = cli(till, "backup", "confirm-numbering", "--by", "dorje", "--receipt", "4", "--pin-stdin", "--json",
            stdin="2468\n")
    assert r.returncode == 1 and "already used receipt number 5" in r.stderr and "Traceback" not in r.stderr
    r = cli(till, "backup", "confirm-numbering", "--by", "dorje", "--receipt", "7", "--pin-stdin", "--json",
            stdin="2468\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"numbering_check_due": False, "terminal": "T01", "receipt": 7, "shift": 0, "z": 0}
    store = Store.open(till)
    assert sell(store, clock, 1)[0].number == "T01-000008"
    store.close()
    r = cli(till, "backup", "confirm-numbering", "--by", "dorje", "--pin-stdin", "--json", stdin="2468\n")
    assert r.returncode == 0 and json.loads(r.stdout) == {"numbering_check_due": False}


def test_errors_are_one_line(till, tmp_path):
    r = cli(till, "backup", "verify", str(tmp_path / "nope.db"), "--json")
    assert r.returncode == 1 and json.loads(r.stdout) == {"error": f"there is no backup file at {tmp_path / 'nope.db'}"}
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 5000)
    r = cli(till, "backup", "verify", str(junk))
    assert r.returncode == 1 and r.stderr.startswith("yarlung-pos: ") and r.stderr.count("\n") == 1
    r = cli(tmp_path / "missing.db", "backup", "now", "--json")
    assert r.returncode == 1 and "there is no database" in json.loads(r.stdout)["error"]
    assert not (tmp_path / "missing.db").exists()
    r = cli(till, "backup", "list", "--folder", str(tmp_path / "none"), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["backups"] == []
    r = cli(till, "backup", "restore", str(junk), "--by", "dorje", "--pin-stdin", "--json", stdin="2468\n")
    assert r.returncode == 1 and "error" in json.loads(r.stdout)
    assert MANAGER.role == "manager"
