"""Opening the terminal database: SQLite pragmas, integrity check, Alembic migrations.

Rules (docs/architecture.md, "Money, stock, time, sync"): WAL journal with ``synchronous=FULL`` so that a sale the cashier saw
complete survives a power cut; foreign keys on; ``PRAGMA integrity_check`` at start.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# the checks that need no SQLAlchemy live in sqlite_file (read-only commands use them alone)
from yarlung_pos.db.sqlite_file import (BUSY_TIMEOUT_S, MIGRATIONS_DIR, DatabaseError, check_access,
                                        check_integrity, head_revisions)

__all__ = ["BUSY_TIMEOUT_S", "MIGRATIONS_DIR", "DatabaseError", "check_integrity", "current_revisions",
           "head_revisions", "install_sqlite_pragmas", "make_engine", "migrate", "migration_due", "open_database"]


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


def current_revisions(engine: Engine) -> frozenset[str]:
    """The revision ids stored in the database's ``alembic_version`` table (empty for a new
    database), read with one plain query."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                                ).first() is None:
            return frozenset()
        return frozenset(r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))


def migration_due(engine: Engine, migrations_dir: Path = MIGRATIONS_DIR) -> bool:
    """Whether the database's schema differs from the newest migration in ``migrations_dir``
    (a new database, one written by an older or a newer version).  Costs one query and
    reading the migration files' headers; Alembic is not imported."""
    heads = head_revisions(migrations_dir / "versions")
    return heads is None or current_revisions(engine) != heads


def migrate(engine: Engine, migrations_dir: Path = MIGRATIONS_DIR, backup_of: Path | None = None,
            clock=None) -> None:
    """Bring the schema to the newest Alembic revision of ``migrations_dir`` (default: the
    till's; no-op when already there — Alembic is imported only when a migration is due, see
    :func:`migration_due`).

    ``backup_of``: the engine's database file; when a migration is due and the database
    already has tables, it is backed up first (reason ``migration``, into
    ``<db folder>/backups``, :func:`yarlung_pos.db.backup_file.backup_before_migration`;
    ``clock`` gives the time, default the system's).

    Raises :class:`DatabaseError` if the database carries a revision this app does not know
    (it was written by a newer version), ``BackupError`` (a ``DatabaseError``) if the backup
    before the migration cannot be made — the migration then does not run.
    """
    if not migration_due(engine, migrations_dir):
        return
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
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
    if backup_of is not None:
        from yarlung_pos.db.backup_file import backup_before_migration
        from yarlung_pos.domain.clock import system_clock
        backup_before_migration(Path(backup_of), (clock or system_clock)())
    # BEGIN IMMEDIATE: a second process opening the same new database waits for the first
    # one's migration instead of failing with "database is locked".
    with engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
        if set(MigrationContext.configure(conn).get_current_heads()) == heads:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_database(path: Path | str, create: bool = True, backup_before_migration: bool = True) -> Engine:
    """Open the terminal database at ``path`` — creating it (and its folder) if ``create`` —
    check its integrity and apply migrations (backing it up first when it has tables and
    ``backup_before_migration``, see :func:`migrate`).  Returns the engine.  Raises
    :class:`DatabaseError` with a one-line reason (no such database, permission denied,
    damaged file, newer schema, locked)."""
    path = Path(path).expanduser()
    check_access(path, create)
    check_integrity(path)
    engine = make_engine(path)
    try:
        migrate(engine, backup_of=path if backup_before_migration else None)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite errors surface here (disk full, locked for too long, …)
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseError(f"cannot open the database {path}: {reason}") from None
    return engine
