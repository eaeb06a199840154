"""An output option (``-o``, ``--csv``) never replaces a database — the till's own, another
till's, or the county server's (found by a new user: ``sync export -o till.db`` and
``yarlung-pos-server export-acks -o county.db`` wrote over them)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from yarlung_pos import handover_file
from yarlung_pos.fileio import OutputError, atomic_write, check_output_path


def run(*argv):
    return subprocess.run([sys.executable, "-m", "yarlung_pos", *argv], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


@pytest.fixture(scope="module")
def till(tmp_path_factory):
    db = tmp_path_factory.mktemp("till") / "till.db"
    r = run("--db", str(db), "--demo", "--smoke")
    assert r.returncode == 0, r.stderr
    return db


def sales_in(db) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM products").fetchone()[0]
    finally:
        con.close()


def test_any_sqlite_file_is_refused_by_the_writers(tmp_path):
    other = tmp_path / "county.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE terminals (code TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(OutputError, match="is a database"):
        check_output_path(other)
    with pytest.raises(OutputError, match="is a database"), atomic_write(other) as fh:
        fh.write("x")
    with pytest.raises(OutputError, match="is a database"):
        handover_file.write(other, "acks", {"terminal": "T02"}, [], b"k" * 32)
    assert other.read_bytes() == before
    text = tmp_path / "notes.txt"
    text.write_text("an older export")
    assert check_output_path(text) == text.resolve()  # an ordinary file may be replaced


@pytest.mark.parametrize("argv", [
    ("report", "daily", "--date", "2026-11-29", "--csv", "{db}"),
    ("labels", "--sku", "WINE-001", "--template", "a4-3x8", "-o", "{db}"),
    ("printer", "test", "-o", "{db}"),
    ("sales", "export", "-o", "{db}"),
    ("catalogue", "export", "-o", "{db}", "--kind", "products"),
])
def test_the_commands_refuse_the_tills_database(till, argv):
    before = sales_in(till)
    r = run(*(a.replace("{db}", str(till)) for a in argv), "--db", str(till), "--json")
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert "database" in r.stderr and "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    assert "error" in json.loads(r.stdout)
    assert sales_in(till) == before  # still a whole database


def test_another_tills_database_is_refused_too(till, tmp_path):
    other = tmp_path / "other.db"
    other.write_bytes(till.read_bytes())
    r = run("report", "daily", "--date", "2026-11-29", "--csv", str(other), "--db", str(till))
    assert r.returncode == 1 and "is a database" in r.stderr
    assert other.read_bytes()[:16] == b"SQLite format 3\x00"
