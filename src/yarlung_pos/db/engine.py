"""Opening the terminal database: SQLite pragmas, integrity check, Alembic migrations.

Rules (docs/architecture.md, "Money, stock, time, sync"): WAL journal with ``synchronous=FULL`` so that a sale the cashier saw
complete survives a power cut; foreign keys on; ``PRAGMA integrity_check`` at start.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: How long a writer waits for another one (another process, the sync thread) before giving up.
BUSY_TIMEOUT_S = 10.0


class DatabaseError(RuntimeError):
    """The database cannot be used (corrupt, unreadable, or from a newer version of the app).

    ``str(error)`` is a one-line explanation for the user."""


def install_sqlite_pragmas(engine: Engine, busy_timeout_s: float) -> None:
    """Give every connection of an SQLite ``engine`` the pragmas this project relies on — WAL,
    ``synchronous=FULL``, foreign keys, a busy timeout of ``busy_timeout_s`` seconds — and let
    us emit transactions ourselves (pysqlite's own handling disabled, as the SQLAlchemy
    SQLite docs recommend): a connection with execution option ``sqlite_immediate=True``
    begins with ``BEGIN IMMEDIATE``.  Used by the till and the county server."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised by every test
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path | str) -> Engine:
    """Create an SQLAlchemy engine for the SQLite file at ``path`` with the till's pragmas.

    Transactions are emitted by us (pysqlite's own transaction handling is disabled, as the
    SQLAlchemy SQLite docs recommend): a ``Session`` started through
    :meth:`yarlung_pos.db.uow.Store.write` issues ``BEGIN IMMEDIATE`` so that a writer takes the
    lock up front instead of failing half way with ``database is locked``.
    """
    path = Path(path)

    def connect() -> sqlite3.Connection:  # a creator, so that '?', '#' or '%' in a path stay literal
        return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    install_sqlite_pragmas(engine, BUSY_TIMEOUT_S)

    return engine


def check_integrity(path: Path) -> None:
    """Run ``PRAGMA integrity_check`` on an existing database file.

    Raises :class:`DatabaseError` naming the file and SQLite's first complaint if it fails or
    the file is not a database at all.
    """
    if not path.exists():
        return
    try:
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"the database {path} cannot be read ({exc}); "
                            "restore it from a backup or move it away to start afresh") from None
    if rows != ["ok"]:
        raise DatabaseError(f"the database {path} is damaged (integrity check: {rows[0]}); "
                            "restore it from a backup before selling")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (no-op when already there).

    Raises :class:`DatabaseError` if the database carries a revision this app does not know
    (it was written by a newer version).
    """
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    heads = set(script.get_heads())
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    if current == heads:
        return
    known = {rev.revision for rev in script.walk_revisions()}
    if current - known:
        raise DatabaseError("the database was written by a newer version of Yarlung POS "
                            f"(schema {', '.join(sorted(current - known))}); update the app")
    # BEGIN IMMEDIATE: a second process opening the same new database waits for the first
    # one's migration instead of failing with "database is locked".
    with engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
        if set(MigrationContext.configure(conn).get_current_heads()) == heads:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _check_access(path: Path, create: bool) -> None:
    """Clear errors for a missing database (when not creating) and for folders or files the
    till may not write (SQLite in WAL mode writes beside the database)."""
    folder = path.parent
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not create:
            raise DatabaseError(f"there is no database at {path} (check --db or $YARLUNG_POS_DB)")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the folder {folder}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"the till cannot write in {folder} (permission denied); "
                            "the database and its journal must be in a writable folder")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseError(f"the till cannot read and write {path} (permission denied)")


def open_database(path: Path | str, create: bool = True) -> Engine:
    """Open the terminal database at ``path`` — creating it (and its folder) if ``create`` —
    check its integrity and apply migrations.  Returns the engine.  Raises
    :class:`DatabaseError` with a one-line reason (no such database, permission denied,
    damaged file, newer schema, locked)."""
    path = Path(path).expanduser()
    _check_access(path, create)
    check_integrity(path)
    engine = make_engine(path)
    try:
        migrate(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite errors surface here (disk full, locked for too long, …)
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseError(f"cannot open the database {path}: {reason}") from None
    return engine
