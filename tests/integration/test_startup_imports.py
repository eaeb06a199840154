"""Start-up does only what it needs (issue #13): the schema check reads the database's revision
without Alembic, and commands that only read never import printing, search keys, PDF, Qt,
sync's HTTP client or the server.  Nothing here is timed: each test looks at which modules a
real run loaded (``sys.modules`` of a subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from yarlung_pos.db.engine import (MIGRATIONS_DIR, DatabaseError, current_revisions, head_revisions, make_engine,
                                   migrate, migration_due)
from yarlung_pos.db.store import Store

#: what a read-only command must never load: Alembic (the database is up to date), Qt (and so
#: the PDF writers), printing (python-escpos, Pillow, qrcode, barcodes, serial), search keys,
#: the HTTP client and the county server
NOT_FOR_READING = ("alembic", "mako", "PySide6", "shiboken6", "escpos", "PIL", "qrcode", "barcode", "serial", "usb",
                   "pypinyin", "pyewts", "icu", "httpx", "fastapi", "starlette", "uvicorn", "pydantic",
                   "reportlab", "yarlung_pos.server", "yarlung_pos.printing.raster", "yarlung_pos.services.search")
#: what the till's window must not load before it is shown (an up-to-date database)
NOT_FOR_THE_TILL = ("alembic", "mako", "escpos", "qrcode", "barcode", "serial", "usb", "pypinyin", "pyewts",
                    "httpx", "fastapi", "starlette", "uvicorn", "pydantic", "reportlab", "yarlung_pos.server",
                    "yarlung_pos.printing.raster", "yarlung_pos.printing.receipt", "yarlung_pos.services.search",
                    "yarlung_pos.ui.backoffice", "yarlung_pos.ui.labels", "yarlung_pos.ui.settings_dialog")

_RUN = """
import json, sys

class AtReady:  # what was loaded when --smoke said 'ready in N ms' (the first screen is up)
    def __init__(self, out):
        self.out, self.at_ready = out, None
    def write(self, text):
        if self.at_ready is None and text.startswith("ready in "):
            self.at_ready = sorted(sys.modules)
        return self.out.write(text)
    def __getattr__(self, name):
        return getattr(self.out, name)

sys.stdout = AtReady(sys.stdout)
from yarlung_pos.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as f:
    json.dump(sys.stdout.at_ready or sorted(sys.modules), f)
sys.exit(code)
"""


def modules_after(tmp_path, *argv: str, ok: bool = True) -> set[str]:
    """The modules loaded by ``yarlung-pos ARGV`` run in a fresh interpreter (which must
    succeed if ``ok``): at its end, or with ``--smoke`` when it printed ``ready in N ms``."""
    out = tmp_path / "modules.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", _RUN, str(out), *argv], capture_output=True, text=True,
                       timeout=120, env=env)
    assert r.returncode == 0 or not ok, r.stderr
    return set(json.loads(out.read_text()))


def loaded(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules for f in forbidden if m == f or m.startswith(f + "."))


@pytest.fixture
def demo_db(tmp_path):
    db = tmp_path / "demo.db"
    r = subprocess.run([sys.executable, "-m", "yarlung_pos", "--db", str(db), "--demo", "--smoke"],
                       capture_output=True, text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert r.returncode == 0, r.stderr
    return db


@pytest.mark.parametrize("argv", [("stock", "ledger", "WINE-001"), ("sync", "rejected"), ("printer", "queue"),
                                  ("report", "daily", "--date", "2026-11-29")])
def test_read_only_commands_load_no_heavy_module(demo_db, tmp_path, argv):
    modules = modules_after(tmp_path, *argv, "--db", str(demo_db))
    assert "yarlung_pos.db.schema" in modules  # it did read the database
    assert loaded(modules, NOT_FOR_READING) == []


@pytest.mark.parametrize("argv", [("sync", "status"), ("sync", "status", "--json"), ("stock", "level"),
                                  ("stock", "level", "--low", "--json"), ("stock", "level", "WINE-001")])
def test_the_quickest_reads_load_no_sqlalchemy(demo_db, tmp_path, argv):
    """``sync status`` and ``stock level`` read with plain sqlite3 (services/read_only.py)."""
    modules = modules_after(tmp_path, *argv, "--db", str(demo_db))
    assert "yarlung_pos.services.read_only" in modules  # it did read the database
    assert loaded(modules, NOT_FOR_READING + ("sqlalchemy", "yarlung_pos.db.schema", "yarlung_pos.db.engine")) == []


def test_the_tills_smoke_start_loads_only_the_first_screen(demo_db, tmp_path):
    modules = modules_after(tmp_path, "--db", str(demo_db), "--demo", "--smoke")
    assert "yarlung_pos.ui.till.window" in modules and "PySide6.QtWidgets" in modules
    assert loaded(modules, NOT_FOR_THE_TILL) == []


def test_a_set_up_till_shows_its_sign_in_screen_before_loading_sqlalchemy(demo_db, tmp_path):
    """The road of every working day: ``yarlung-pos`` on a set-up till shows the sign-in screen
    (names read with sqlite3) first; the store opens after it is up."""
    modules = modules_after(tmp_path, "--db", str(demo_db), "--smoke")
    assert "yarlung_pos.ui.sign_in" in modules and "yarlung_pos.services.read_only" in modules
    assert loaded(modules, NOT_FOR_THE_TILL + ("sqlalchemy", "yarlung_pos.db.engine", "yarlung_pos.db.schema",
                                               "yarlung_pos.ui.till")) == []


def test_a_new_database_is_still_migrated_with_alembic(tmp_path):
    db = tmp_path / "n.db"
    modules = modules_after(tmp_path, "--db", str(db), "--smoke")
    assert "alembic" in modules and current_revisions(make_engine(db)) == head_revisions()  # an empty database: the schema is made by the migrations


def test_head_revisions_agree_with_alembic():
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert head_revisions() == frozenset(ScriptDirectory.from_config(cfg).get_heads())


def database_at(db, revision: str, migrations_dir=MIGRATIONS_DIR):
    engine = make_engine(db)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    return db


def test_a_stale_database_is_migrated_to_head(tmp_path):
    db = database_at(tmp_path / "old.db", "0004")
    engine = make_engine(db)
    assert current_revisions(engine) == {"0004"} and migration_due(engine)
    engine.dispose()
    Store.open(db).close()
    engine = make_engine(db)
    assert current_revisions(engine) == head_revisions() and not migration_due(engine)
    engine.dispose()
    con = sqlite3.connect(db)  # 0005's and 0006's changes are there
    assert con.execute("select name from sqlite_master where name = 'ix_products_updated_at'").fetchone()
    con.close()


def test_a_new_head_is_detected_and_migrated(tmp_path):
    db = tmp_path / "till.db"
    Store.open(db).close()  # at today's head
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (head,) = head_revisions()
    (migrations / "versions" / "9001_new_table.py").write_text(
        '"""a later version\'s migration"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n'
        f"revision: str = '9001'\ndown_revision: str | None = {head!r}\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n    op.create_table('later', sa.Column('id', sa.Integer, primary_key=True))\n\n\n"
        "def downgrade() -> None:\n    op.drop_table('later')\n", encoding="utf-8")
    assert head_revisions(migrations / "versions") == {"9001"}
    engine = make_engine(db)
    try:
        assert not migration_due(engine) and migration_due(engine, migrations)
        migrate(engine, migrations)
        assert current_revisions(engine) == {"9001"} and not migration_due(engine, migrations)
    finally:
        engine.dispose()
    con = sqlite3.connect(db)
    assert con.execute("select name from sqlite_master where name = 'later'").fetchone()
    con.close()
    with pytest.raises(DatabaseError, match="newer version"):  # and today's app refuses it
        Store.open(db)


def test_merge_revisions_and_unreadable_headers(tmp_path):
    versions = tmp_path / "versions"
    versions.mkdir()
    for rev, down in (("a", None), ("b", "a"), ("c", "a"), ("d", ("b", "c"))):
        (versions / f"{rev}.py").write_text(f"revision = {rev!r}\ndown_revision = {down!r}\n", encoding="utf-8")
    assert head_revisions(versions) == {"d"}
    (versions / "d.py").unlink()
    assert head_revisions(versions) == {"b", "c"}
    (versions / "e.py").write_text("revision = make_id()\ndown_revision = 'b'\n", encoding="utf-8")
    assert head_revisions(versions) is None  # not the plain form: Alembic decides
