"""``yarlung-pos-server`` administration commands and the server's migrations."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import create_engine

from .conftest import ROOT, cli, cli_json, query

pytestmark = pytest.mark.slow


def test_migrations_create_exactly_the_models(new_database):
    """The Alembic revisions and schema.py agree (nothing for autogenerate to add)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from yarlung_pos.server.database import Database
    from yarlung_pos.server.schema import Base

    url = new_database()
    db = Database(url)
    db.migrate()
    db.migrate()  # a second time is a no-op
    db.close()
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_terminal_commands(new_database):
    url = new_database()
    doc = cli_json(url, "terminal", "add", "t05")
    assert set(doc) == {"terminal", "enrolment_code", "expires_at"} and doc["terminal"] == "T05"
    code, out, err = cli(url, "terminal", "add", "T05", "--json")
    assert code == 1 and "already exists" in err and json.loads(out) == {"error": err.split(": ", 1)[1].strip()}
    code, _out, err = cli(url, "terminal", "add", "not a code!")
    assert code == 1 and err.count("\n") == 1 and "terminal code" in err
    code, out, err = cli(url, "terminal", "revoke", "T99")
    assert code == 1 and "no terminal T99" in err
    assert cli_json(url, "terminal", "revoke", "T05")["status"] == "revoked"
    assert [t["status"] for t in cli_json(url, "terminal", "list")] == ["revoked"]
    # the enrolment code itself is never stored, only its hash
    assert doc["enrolment_code"] not in json.dumps([list(r) for r in query(url, "SELECT * FROM terminals")])
    admin = cli_json(url, "admin-token", "--label", "county office")
    assert len(admin["token"]) >= 43
    assert cli_json(url, "admin-token", "--revoke-all") == {"revoked": 1}


def test_usage_errors_exit_2(new_database):
    url = new_database()
    for args in (["report", "sales", "--by", "weekday"], ["report", "sales"], ["catalogue", "price", "X", "cheap"],
                 ["frobnicate"]):
        code, _out, err = cli(url, *args)
        assert code == 2 and err.count("\n") == 1, (args, err)


def _run(*args: str, env_url: str | None = None) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    if env_url:
        env["YARLUNG_SERVER_DATABASE_URL"] = env_url
    return subprocess.run([sys.executable, "-m", "yarlung_pos.server", *args], capture_output=True, text=True,
                          env=env, timeout=60, check=False)


def test_database_from_the_environment_and_unusable_databases(tmp_path):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    done = _run("terminal", "add", "T01", "--json", env_url=url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["terminal"] == "T01" and (tmp_path / "env.db").exists()
    for bad in ("postgresql+psycopg://nobody@127.0.0.1:1/none", "mysql://x@y/z", str(tmp_path)):
        done = _run("--database-url", bad, "terminal", "list", "--json")
        assert done.returncode == 1, (bad, done.stderr)
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
        assert "error" in json.loads(done.stdout)
    # a terminal (till) database is not a server database
    from yarlung_pos.db.store import Store
    Store.open(tmp_path / "till.db").close()
    done = _run("--database-url", str(tmp_path / "till.db"), "terminal", "list")
    assert done.returncode == 1 and "not a Yarlung POS server database" in done.stderr
