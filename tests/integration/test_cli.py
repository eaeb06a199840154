"""The command line as a script would use it: real processes, real files."""

import json
import subprocess
import sys

import pytest

from .helpers import CATS, COOPS, PRODUCTS


def cli(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "yarlung_pos", *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, text in (("categories", CATS), ("cooperatives", COOPS), ("products", PRODUCTS)):
        p = tmp_path / f"{name}.csv"
        p.write_text(text, encoding="utf-8")
        out[name] = p
    return out


def test_import_export_roundtrip_with_json(tmp_path, files):
    db = tmp_path / "cli.db"
    for kind in ("categories", "cooperatives", "products"):
        r = cli("catalogue", "import", files[kind], "--db", db, "--json")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout) == {"kind": kind, "added": {"categories": 2, "cooperatives": 1, "products": 3}[kind], "updated": 0}
    out = tmp_path / "export.csv"
    r = cli("--db", db, "catalogue", "export", "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").splitlines()[0] == \
        "sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen,active"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_bad_import_names_rows_and_exits_nonzero(tmp_path, files):
    db = tmp_path / "cli.db"
    cli("catalogue", "import", files["categories"], "--db", db)
    cli("catalogue", "import", files["cooperatives"], "--db", db)
    bad = tmp_path / "bad.csv"
    bad.write_text(PRODUCTS + "BAD-001,123,,青,x,DRINK,CHAMCHEN,piece,abc,1\n", encoding="utf-8")
    r = cli("catalogue", "import", bad, "--db", db)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "line 5, column barcode" in r.stderr and "line 5, column price_fen" in r.stderr
    assert "line 5, column name_bo" in r.stderr and "nothing was imported" in r.stderr
    r = cli("sales", "export", "-o", tmp_path / "s.jsonl", "--db", db, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["sales"] == 0


def test_env_var_names_the_database(tmp_path, files):
    import os
    env = {**os.environ, "YARLUNG_POS_DB": str(tmp_path / "env.db")}
    r = cli("catalogue", "import", files["categories"], env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize("args,needle", [
    (("catalogue", "import", "/nonexistent/x.csv"), "cannot read file"),
    (("catalogue", "frobnicate"), "invalid choice"),
    (("catalogue", "export"), "required"),
    (("sales", "export", "-o", "/nonexistent/dir/x.jsonl"), "no database"),
])
def test_user_mistakes_are_one_line(tmp_path, args, needle):
    r = cli(*args, "--db", tmp_path / "m.db")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and needle in r.stderr
    assert len([ln for ln in r.stderr.splitlines() if ln.startswith("yarlung-pos:")]) == 1


def test_damaged_database_is_a_clear_error(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"garbage" * 1000)
    r = cli("sales", "export", "-o", tmp_path / "x.jsonl", "--db", db)
    assert r.returncode == 1 and "Traceback" not in r.stderr and str(db) in r.stderr


def test_export_never_overwrites_the_database_or_devices(tmp_path, files):
    db = tmp_path / "shop.db"
    assert cli("catalogue", "import", files["categories"], "--db", db).returncode == 0
    before = db.read_bytes()[:100]
    for target in (db, tmp_path / "shop.db-wal", tmp_path, "/dev/null", tmp_path / "no" / "x.jsonl"):
        r = cli("sales", "export", "-o", target, "--db", db)
        assert r.returncode == 1 and "Traceback" not in r.stderr, (target, r.stderr)
    assert db.read_bytes()[:100] == before
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
    link = tmp_path / "link.jsonl"
    real = tmp_path / "real.jsonl"
    real.write_text("old", encoding="utf-8")
    link.symlink_to(real)
    assert cli("sales", "export", "-o", link, "--db", db).returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8") == ""


def test_read_commands_do_not_create_a_database(tmp_path):
    missing = tmp_path / "typo" / "shop.db"
    r = cli("sales", "export", "-o", tmp_path / "x.jsonl", "--db", missing, "--json")
    assert r.returncode == 1 and "no database" in r.stderr
    assert json.loads(r.stdout) == {"error": r.stderr.strip().removeprefix("yarlung-pos: ")}
    assert not missing.parent.exists()


def test_odd_characters_in_the_database_path(tmp_path, files):
    db = tmp_path / "we?ird#a%20b.db"
    assert cli("catalogue", "import", files["categories"], "--db", db).returncode == 0
    assert db.exists() and sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == [db.name]


def test_read_only_folder_is_explained(tmp_path, monkeypatch):
    # (root ignores file permissions, so the refusal is simulated at os.access)
    import os

    from yarlung_pos.db.engine import DatabaseError
    from yarlung_pos.db.store import Store
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(tmp_path) else real_access(p, mode))
    with pytest.raises(DatabaseError, match=r"cannot write in .* \(permission denied\)"):
        Store.open(tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def test_four_processes_open_a_new_database_at_once(tmp_path, files):
    db = tmp_path / "race.db"
    procs = [subprocess.Popen([sys.executable, "-m", "yarlung_pos", "catalogue", "import", str(files["categories"]),
                               "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], results
