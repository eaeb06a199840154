"""Fixtures of the server tests: a REAL ``yarlung-pos-server serve`` (uvicorn) in a subprocess
on 127.0.0.1, against a fresh SQLite file and — when ``YARLUNG_TEST_POSTGRES_URL`` is set — a
fresh PostgreSQL schema.  Unset: the PostgreSQL cases are skipped; set but unreachable: they
FAIL (CI must not go green without PostgreSQL)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid as uuid_mod
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "assets" / "demo"
PG_ENV = "YARLUNG_TEST_POSTGRES_URL"
API = "/api/v1"


# ---------------------------------------------------------------- databases

def _pg_url() -> str:
    url = os.environ[PG_ENV].strip()
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix):]
    return url


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request) -> str:
    if request.param == "postgres":
        if not os.environ.get(PG_ENV, "").strip():
            pytest.skip(f"{PG_ENV} is not set (PostgreSQL server tests skipped)")
        try:
            engine = create_engine(_pg_url(), connect_args={"connect_timeout": 5})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
        except Exception as exc:  # noqa: BLE001 - any failure to connect is the point
            pytest.fail(f"{PG_ENV} is set but PostgreSQL is unreachable: {exc}", pytrace=False)
    return request.param


@pytest.fixture(scope="session")
def _pg_schemas():
    schemas: list[str] = []
    yield schemas
    if schemas:
        engine = create_engine(_pg_url())
        for name in schemas:  # one transaction each: all at once runs out of PostgreSQL's lock table
            with engine.begin() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        engine.dispose()


@pytest.fixture(scope="session")
def new_database(backend, tmp_path_factory, _pg_schemas):
    """A callable returning the URL of a new, empty database of the backend under test."""

    def make() -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"
        name = f"yt_{uuid_mod.uuid4().hex[:12]}"
        engine = create_engine(_pg_url())
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        engine.dispose()
        _pg_schemas.append(name)
        sep = "&" if "?" in _pg_url() else "?"
        return f"{_pg_url()}{sep}options=-csearch_path%3D{name}"

    return make


def query(db_url: str, sql: str, **params):
    """Rows of ``sql`` run directly on the server database."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).all()
    finally:
        engine.dispose()


def alembic_to(db_url: str, revision: str, down: bool = False, then: str | None = None) -> None:
    """Migrate ``db_url`` up (or ``down``) to ``revision`` with Alembic, then run the SQL
    ``then`` (if any) in the same transaction."""
    from alembic import command
    from alembic.config import Config

    from yarlung_pos.server.database import MIGRATIONS_DIR, make_engine

    engine = make_engine(db_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)
            if then:
                conn.execute(text(then))
    finally:
        engine.dispose()


def force_push_path(monkeypatch, path: str) -> None:
    """``"one-by-one"``: make every push take the careful path (the all-at-once path refuses);
    ``"all-at-once"``: leave it as it is."""
    if path == "one-by-one":
        from yarlung_pos.server import push as push_service

        def refuse(*_args):
            raise push_service._Fallback("forced by the test")
        monkeypatch.setattr(push_service, "_push_all", refuse)


# ---------------------------------------------------------------- the server process

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``python -m yarlung_pos.server serve`` on a free port of 127.0.0.1."""

    def __init__(self, db_url: str, log_dir: Path, env: dict[str, str] | None = None):
        self.db_url = db_url
        self.log_dir = log_dir
        self.env = env or {}
        self.proc: subprocess.Popen | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        for _attempt in range(3):
            self.port = free_port()
            log = self.log_dir / f"server-{self.port}.log"
            env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **self.env}
            env.pop("YARLUNG_SERVER_DATABASE_URL", None)
            with open(log, "wb") as fh:
                self.proc = subprocess.Popen(
                    [sys.executable, "-m", "yarlung_pos.server", "--database-url", self.db_url, "serve",
                     "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"],
                    stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=self.log_dir)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    if httpx.get(f"{self.url}{API}/health", timeout=1).status_code == 200:
                        return self
                except httpx.HTTPError:
                    pass
                time.sleep(0.05)
            output = log.read_text(errors="replace")
            self.stop()
            if "address already in use" not in output.lower():
                raise RuntimeError(f"the server did not start:\n{output}")
        raise RuntimeError("no free port for the server")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no rollback by the server itself."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture(scope="session")
def start_server(tmp_path_factory):
    """A callable starting a server on a database URL; every server is stopped at the end."""
    servers: list[Server] = []

    def start(db_url: str, env: dict[str, str] | None = None) -> Server:
        server = Server(db_url, tmp_path_factory.mktemp("log"), env).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def cli(db_url: str, *args: str) -> tuple[int, str, str]:
    """``yarlung-pos-server --database-url db_url ARGS`` in this process: (exit code, stdout, stderr)."""
    from yarlung_pos.server.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--database-url", db_url, *args])
    return code, out.getvalue(), err.getvalue()


def cli_json(db_url: str, *args: str):
    code, out, err = cli(db_url, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def enrol(server: Server, code: str) -> str:
    """Register terminal ``code`` with the CLI and enrol it over HTTP; returns its token."""
    doc = cli_json(server.db_url, "terminal", "add", code)
    r = httpx.post(f"{server.url}{API}/enrol", json={"schema": 1, "enrolment_code": doc["enrolment_code"]})
    assert r.status_code == 200, r.text
    assert r.json()["terminal"] == code
    return r.json()["token"]


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def import_demo_catalogue(db_url: str) -> None:
    cli_json(db_url, "catalogue", "import", str(DEMO / "categories.csv"), str(DEMO / "cooperatives.csv"),
             str(DEMO / "products.csv"))


@pytest.fixture(scope="module")
def srv(new_database, start_server):
    """A running server on a fresh database with the demo catalogue, and an admin token."""
    db_url = new_database()
    import_demo_catalogue(db_url)
    server = start_server(db_url)
    server.admin = cli_json(db_url, "admin-token", "--label", "tests")["token"]
    return server


# ---------------------------------------------------------------- events

def utc(at: datetime | None = None) -> str:
    return (at or datetime.now(UTC)).astimezone(UTC).isoformat()


def sale_event(terminal: str, lines, *, kind: str = "sale", seq: int = 1, at: datetime | None = None,
               refund_of: str | None = None, method: str = "cash", offset_min: int = 480,
               tendered_extra: int = 0) -> dict:
    """A ``sale.completed`` (or ``refund.completed``) event shaped like ``sale_record``.
    ``lines``: ``(sku, qty text, unit price fen)``; line totals are qty × price."""
    from decimal import Decimal
    at = at or datetime.now(UTC)
    recs, total = [], 0
    for sku, qty, price in lines:
        line_total = int((Decimal(qty) * price).to_integral_value())
        total += line_total
        recs.append({"sku": sku, "name_bo": "ཚོང་ཟོག", "name_zh": "商品", "name_en": "Goods", "unit": "piece",
                     "qty": qty, "unit_price_fen": price, "line_total_fen": line_total})
    sale_uuid = str(uuid_mod.uuid4())
    change = tendered_extra if method == "cash" else 0
    sale = {"uuid": sale_uuid, "number": f"{terminal}-{seq:06d}", "kind": kind, "completed_at": utc(at),
            "utc_offset_min": offset_min, "terminal": terminal, "cashier": "Padma", "total_fen": total,
            "change_fen": change, "lines": recs,
            "payments": [{"method": method, "amount_fen": total + change, "change_fen": change, "reference": None}]}
    if kind == "refund":
        sale["refund_of"] = refund_of
    return {"uuid": str(uuid_mod.uuid4()), "seq": seq, "kind": f"{kind}.completed", "created_at": utc(at),
            "payload": {"schema": 1, "sale": sale}}


def stock_event(kind: str, payload: dict, seq: int = 1, at: datetime | None = None) -> dict:
    return {"uuid": str(uuid_mod.uuid4()), "seq": seq, "kind": kind, "created_at": utc(at),
            "payload": {"schema": 1, **payload}}


def batch(terminal: str, events: list, *, schema: int = 1, sent_at: datetime | None = None) -> dict:
    return {"schema": schema, "terminal": terminal, "sent_at": utc(sent_at), "events": events}


def push(server: Server, token: str, body, **kwargs) -> httpx.Response:
    return httpx.post(f"{server.url}{API}/events", json=body, headers=auth(token), timeout=60, **kwargs)


def a_year_ago() -> datetime:
    return datetime.now(UTC) - timedelta(days=365)
